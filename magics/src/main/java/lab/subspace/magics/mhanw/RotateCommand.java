package lab.subspace.magics.mhanw;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %mha-nw rotate}: MSE, variance and covariance as heads rotate from identical to orthogonal. */
@Command(name = "rotate", description = "MSE = bias^2 + var/H + (1-1/H) cov of H NW heads as their subspaces rotate from identical "
        + "to orthogonal (Monte Carlo over training sets).")
public final class RotateCommand implements Magic {

    private static final RotationSpec DEFAULTS = RotationSpec.defaults();

    @Option(names = "--dim", description = "Input dimension d (default ${DEFAULT-VALUE}).")
    int dimension = DEFAULTS.dimension();

    @Option(names = "--heads", description = "Heads H (default ${DEFAULT-VALUE}).")
    int heads = DEFAULTS.heads();

    @Option(names = "--head-dim", description = "Head dimension d_k, even (default ${DEFAULT-VALUE}).")
    int headDim = DEFAULTS.headDim();

    @Option(names = "--steps", description = "Angles from 0 to 90 degrees (default ${DEFAULT-VALUE}).")
    int steps = DEFAULTS.steps();

    @Option(names = "--n", description = "Training set size (default ${DEFAULT-VALUE}).")
    int samples = DEFAULTS.samples();

    @Option(names = "--queries", description = "Query points (default ${DEFAULT-VALUE}).")
    int queries = DEFAULTS.queries();

    @Option(names = "--replicates", description = "Training sets in the Monte Carlo (default ${DEFAULT-VALUE}).")
    int replicates = DEFAULTS.replicates();

    @Option(names = "--signal", description = "Share of a view coordinate's variance from the latent, in (0, 1] (default ${DEFAULT-VALUE}).")
    double signal = DEFAULTS.signal();

    @Option(names = "--noise", description = "Label noise standard deviation (default ${DEFAULT-VALUE}).")
    double labelNoise = DEFAULTS.labelNoise();

    @Option(names = "--bandwidth", description = "Gaussian kernel bandwidth of the heads (default ${DEFAULT-VALUE}).")
    double bandwidth = DEFAULTS.bandwidth();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Override
    public RotationResult run(MagicContext context) {
        return RotationSweep.run(new RotationSpec(dimension, heads, headDim, steps, samples, queries, replicates, signal, labelNoise,
                bandwidth, seed));
    }
}
