package lab.subspace.magics.mhanw;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %mha-nw budget}: the best (H, d_k) with H d_k = D fixed, for growing n. */
@Command(name = "budget", description = "Best split of a fixed budget D = H d_k into heads as the training set grows; fits the "
        + "optimal d_k against ln n.")
public final class BudgetCommand implements Magic {

    private static final BudgetSpec DEFAULTS = BudgetSpec.defaults();

    @Option(names = "--budget", description = "D = H d_k (default ${DEFAULT-VALUE}).")
    int budget = DEFAULTS.budget();

    @Option(names = "--dim", description = "Input dimension d >= D (default ${DEFAULT-VALUE}).")
    int dimension = DEFAULTS.dimension();

    @Option(names = "--latent", description = "Latent dimension r of the target (default ${DEFAULT-VALUE}).")
    int latent = DEFAULTS.latent();

    @Option(names = "--n", split = ",", description = "Training set sizes, increasing (default 100,200,400,800,1600,3200).")
    int[] sampleSizes = DEFAULTS.sampleSizes();

    @Option(names = "--head-dims", split = ",", description = "Head dimensions d_k to compare, divisors of D (default: all of them).")
    int[] headDims;

    @Option(names = "--queries", description = "Query points per training set (default ${DEFAULT-VALUE}).")
    int queries = DEFAULTS.queries();

    @Option(names = "--replicates", description = "Training sets per n (default ${DEFAULT-VALUE}).")
    int replicates = DEFAULTS.replicates();

    @Option(names = "--signal", description = "Share of a coordinate's variance from the latent, in (0, 1] (default ${DEFAULT-VALUE}).")
    double signal = DEFAULTS.signal();

    @Option(names = "--noise", description = "Label noise standard deviation (default ${DEFAULT-VALUE}).")
    double labelNoise = DEFAULTS.labelNoise();

    @Option(names = "--bandwidth", description = "Gaussian kernel bandwidth, fixed for every d_k (default ${DEFAULT-VALUE}).")
    double bandwidth = DEFAULTS.bandwidth();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Override
    public BudgetResult run(MagicContext context) {
        int[] dks = headDims != null ? headDims : BudgetSpec.divisors(budget);
        return BudgetSweep.run(new BudgetSpec(budget, dimension, latent, sampleSizes, dks, queries, replicates, signal, labelNoise,
                bandwidth, seed));
    }
}
