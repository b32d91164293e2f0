package lab.subspace.magics.npcosts;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %np-costs contamination}: a variance head fed (x, y) vs one fed x only, as n grows. */
@Command(name = "contamination", description = "Train mean-pooling NP variance heads fed (x, y) and x only; compare their error to the exact "
        + "GP variance vs n and split the (x, y) head's label dependence into function (O(1)) and noise (O(1/n)) parts.")
public final class ContaminationCommand implements Magic {

    private static final ContaminationSpec DEFAULTS = ContaminationSpec.defaults();

    @Option(names = "--lengthscale", description = "SE lengthscale (default ${DEFAULT-VALUE}).")
    double lengthscale = DEFAULTS.lengthscale();

    @Option(names = "--noise", description = "Noise standard deviation (default ${DEFAULT-VALUE}).")
    double noise = DEFAULTS.noise();

    @Option(names = "--sizes", split = ",", description = "Context sizes n evaluated (default 4,8,16,32,64).")
    int[] sizes = DEFAULTS.sizes();

    @Option(names = "--steps", description = "Adam steps per head (default ${DEFAULT-VALUE}).")
    int steps = DEFAULTS.steps();

    @Option(names = "--width", description = "Pooled representation size (default ${DEFAULT-VALUE}).")
    int width = DEFAULTS.width();

    @Option(names = "--lr", description = "Adam learning rate (default ${DEFAULT-VALUE}).")
    double lr = DEFAULTS.learningRate();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Override
    public ContaminationResult run(MagicContext context) {
        ContaminationSpec d = DEFAULTS;
        return LabelContamination.run(new ContaminationSpec(lengthscale, noise, sizes, d.pool(), steps, d.batch(), width, d.hidden(), lr,
                d.locations(), d.functions(), d.noises(), d.targets(), seed));
    }
}
