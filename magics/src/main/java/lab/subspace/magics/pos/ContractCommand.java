package lab.subspace.magics.pos;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %pos contract}: off-subspace energy vs depth for residual layers that remove the normal component. */
@Command(name = "contract", description = "Residual layers x <- x - eta (I - P_j) x on a learned union: the off-subspace energy of "
        + "noisy points vs depth, with the fitted contraction factor per layer against (1 - eta)^2.")
public final class ContractCommand implements Magic {

    private static final ContractionSpec D = ContractionSpec.defaults();

    @Option(names = "--ambient", description = "Ambient dimension D (default ${DEFAULT-VALUE}).")
    int ambient = D.ambient();

    @Option(names = "--dims", split = ",", description = "Subspace dimensions (default 2,3,4,5).")
    int[] dims = D.dims();

    @Option(names = "--train-points", description = "Points per subspace the union is learned from (default ${DEFAULT-VALUE}).")
    int trainPoints = D.trainPoints();

    @Option(names = "--train-noise", description = "Their noise sd (default ${DEFAULT-VALUE}).")
    double trainNoise = D.trainNoise();

    @Option(names = "--points", description = "Points per subspace sent through the layers (default ${DEFAULT-VALUE}).")
    int points = D.testPoints();

    @Option(names = "--noise", description = "Their noise sd (default ${DEFAULT-VALUE}).")
    double noise = D.testNoise();

    @Option(names = "--eta", description = "Residual step in (0, 1) (default ${DEFAULT-VALUE}).")
    double eta = D.eta();

    @Option(names = "--layers", description = "Depth (default ${DEFAULT-VALUE}).")
    int layers = D.layers();

    @Option(names = "--temperature", description = "Softmax temperature of the soft (attention-like) selection (default ${DEFAULT-VALUE}).")
    double temperature = D.temperature();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = D.seed();

    @Override
    public ContractionReport run(MagicContext context) {
        return Contraction.run(new ContractionSpec(ambient, dims, trainPoints, trainNoise, points, noise, eta, layers, temperature, seed));
    }
}
