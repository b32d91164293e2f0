package lab.subspace.magics.npcosts;

import java.util.ArrayList;
import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %np-costs bottleneck}: KL(GP || rank-d Mercer truncation) against d, SE and Matern, dx = 1 or 2. */
@Command(name = "bottleneck", description = "Exact KL between the GP predictive and its rank-d Mercer truncation against d on the torus "
        + "[0,1)^dx: semi-log in d^{2/dx} for SE, log-log for Matern (predicted slope -2 nu/dx).")
public final class BottleneckCommand implements Magic {

    @Option(names = "--dx", description = "Input dimension, 1 or 2 (default ${DEFAULT-VALUE}).")
    int dx = 1;

    @Option(names = "--kernels", split = ",", description = "Kernels among se, matern12, matern32, matern52 (default: all).")
    List<String> kernels;

    @Option(names = "--lengthscale", description = "Kernel lengthscale (default: 0.2).")
    Double lengthscale;

    @Option(names = "--noise", description = "Noise standard deviation (default: 1e-3 for dx = 1, 3.2e-3 for dx = 2).")
    Double noise;

    @Option(names = "--n", description = "Context points per set (default: 256 for dx = 1, 400 for dx = 2).")
    Integer contexts;

    @Option(names = "--sets", description = "Random context sets averaged (default: 3 for dx = 1, 2 for dx = 2).")
    Integer sets;

    @Option(names = "--ranks-se", split = ",", description = "Ranks d for SE (default: the notebook's).")
    int[] ranksSe;

    @Option(names = "--ranks-matern", split = ",", description = "Ranks d for the Matern kernels (default: the notebook's).")
    int[] ranksMatern;

    @Option(names = "--seed", description = "Random seed (default: 1 for dx = 1, 2 for dx = 2).")
    Long seed;

    @Override
    public BottleneckResult run(MagicContext context) {
        BottleneckSpec d = BottleneckSpec.defaults(dx);
        List<KernelFamily> families = new ArrayList<>();
        if (kernels == null) {
            families.addAll(d.families());
        } else {
            for (String k : kernels) {
                families.add(KernelFamily.parse(k));
            }
        }
        return Bottleneck.run(new BottleneckSpec(dx, families, lengthscale == null ? d.lengthscale() : lengthscale,
                noise == null ? d.noise() : noise, contexts == null ? d.contexts() : contexts, d.targets(), sets == null ? d.sets() : sets,
                ranksSe == null ? d.ranksSe() : ranksSe, ranksMatern == null ? d.ranksMatern() : ranksMatern, seed == null ? d.seed() : seed));
    }
}
