package lab.subspace.magics.pos;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %pos patterns}: ReLU as an angular selector, pattern purity of a trained one-hidden-layer network. */
@Command(name = "patterns", description = "Train a one-hidden-layer ReLU network to tell the subspaces apart (with and without an L1 "
        + "activation penalty) and measure whether its activation patterns cluster by subspace. Your own activations: %pos purity.")
public final class PatternsCommand implements Magic {

    private static final PatternSpec D = PatternSpec.defaults();

    @Option(names = "--ambient", description = "Ambient dimension D (default ${DEFAULT-VALUE}).")
    int ambient = D.ambient();

    @Option(names = "--dims", split = ",", description = "Subspace dimensions (default 2,3,4,5).")
    int[] dims = D.dims();

    @Option(names = "--points", description = "Training points per subspace, as many held out (default ${DEFAULT-VALUE}).")
    int points = D.perSubspace();

    @Option(names = "--noise", description = "Noise sd (default ${DEFAULT-VALUE}).")
    double noise = D.noise();

    @Option(names = "--raw", description = "Do not put the points on the unit sphere first.")
    boolean raw;

    @Option(names = "--hidden", description = "ReLU units (default ${DEFAULT-VALUE}).")
    int hidden = D.hidden();

    @Option(names = "--epochs", description = "Full-batch Adam epochs (default ${DEFAULT-VALUE}).")
    int epochs = D.epochs();

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double lr = D.learningRate();

    @Option(names = "--sparsity", description = "L1 weight on hidden activations of the sparse network (default ${DEFAULT-VALUE}).")
    double sparsity = D.sparsity();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = D.seed();

    @Override
    public PatternReport run(MagicContext context) {
        return AngularSelector.run(new PatternSpec(ambient, dims, points, noise, !raw, hidden, epochs, lr, sparsity, seed));
    }
}
