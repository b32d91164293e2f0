package lab.subspace.magics.merge;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %merge sweep}: heterogeneity x rank, closed-form criterion against held-out gains. */
@Command(name = "sweep",
        description = "Sweep Hessian heterogeneity and rank: predicted (closed form) vs measured advantage of EpiMer, bound check.")
public final class MergeSweepCommand implements Magic {

    @Mixin
    SuiteOptions suite;

    @Option(names = "--heterogeneity", split = ",", defaultValue = "0,0.5,1,1.5,2",
            description = "Heterogeneity values eta >= 0 (default ${DEFAULT-VALUE}).")
    double[] heterogeneities;

    @Option(names = "--ranks", split = ",", defaultValue = "1,2,4,8", description = "Subspace ranks (default ${DEFAULT-VALUE}).")
    int[] ranks;

    @Override
    public SweepReport run(MagicContext context) {
        return HeterogeneitySweep.run(suite.spec(0), heterogeneities, ranks, suite.replicates);
    }
}
