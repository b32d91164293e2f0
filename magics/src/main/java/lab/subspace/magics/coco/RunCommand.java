package lab.subspace.magics.coco;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %coco run}: both methods on the synthetic sequence (X a ball, a pool of fixed planes, noisy losses). */
@Command(name = "run", description = "Regret, CCV and path length vs T on the synthetic sequence: X a ball, half-spaces from a pool "
        + "of fixed planes (one through x*), noisy losses pulling out of the feasible set.")
public final class RunCommand implements Magic {

    @Option(names = "--losses", defaultValue = "strongly-convex",
            description = "Loss class: strongly-convex (alpha/2 |x - c_t|^2, eta = 1/(alpha t)) or convex (linear, eta = D/(G sqrt t)); "
                    + "default ${DEFAULT-VALUE}.")
    String losses;

    @Option(names = {"-T", "--horizon"}, defaultValue = "10000", description = "Number of rounds T (default ${DEFAULT-VALUE}).")
    int horizon;

    @Option(names = "--dim", defaultValue = "3", description = "Dimension d (default ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--planes", defaultValue = "20", description = "Size of the pool of half-spaces (default ${DEFAULT-VALUE}).")
    int planes;

    @Option(names = "--alpha", defaultValue = "1", description = "Strong convexity of the quadratic losses (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--pull", defaultValue = "0.5", description = "Mean push of the losses out of the feasible set (default ${DEFAULT-VALUE}).")
    double pull;

    @Option(names = "--noise", defaultValue = "1", description = "Standard deviation of the loss noise (default ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--radius", defaultValue = "2", description = "Radius R of the domain ball X (default ${DEFAULT-VALUE}).")
    double radius;

    @Option(names = "--lambda", defaultValue = "1", description = "Penalty weight of the baseline (default ${DEFAULT-VALUE}).")
    double lambda;

    @Option(names = "--tol", defaultValue = "1e-10", description = "Dykstra / feasibility tolerance (default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public CocoComparison run(MagicContext context) {
        Scenario s = new Scenario(dimension, horizon, planes, alpha, pull, noise, radius, CocoMagic.lossClass(losses), seed);
        CocoOptions o = s.options().withPenaltyWeight(lambda).withTolerance(tolerance);
        return Coco.compare(s.problem(), o, s.title());
    }
}
