package lab.subspace.magics.npcosts;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %np-costs gap}: the amortisation gap of mean pooling vs second-order pooling. */
@Command(name = "gap", description = "Train a mean-pooling and a second-order-pooling NP (same pooled size, steps, tasks) to match the GP; "
        + "compare their KL to the GP with the rank-k Mercer truncation.")
public final class GapCommand implements Magic {

    private static final GapSpec DEFAULTS = GapSpec.defaults();

    @Option(names = "--lengthscale", description = "SE lengthscale (default ${DEFAULT-VALUE}).")
    double lengthscale = DEFAULTS.lengthscale();

    @Option(names = "--noise", description = "Noise standard deviation (default ${DEFAULT-VALUE}).")
    double noise = DEFAULTS.noise();

    @Option(names = "--sizes", split = ",", description = "Context sizes n evaluated (default 4,8,16,32).")
    int[] sizes = DEFAULTS.sizes();

    @Option(names = "--features", description = "Second-order features k (default ${DEFAULT-VALUE}).")
    int features = DEFAULTS.features();

    @Option(names = "--steps", description = "Adam steps per model (default ${DEFAULT-VALUE}).")
    int steps = DEFAULTS.steps();

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double lr = DEFAULTS.learningRate();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Override
    public GapResult run(MagicContext context) {
        GapSpec d = DEFAULTS;
        return AmortizationGap.run(new GapSpec(lengthscale, noise, sizes, features, d.pool(), steps, d.batch(), d.hidden(), lr, d.tests(),
                d.targets(), seed));
    }
}
