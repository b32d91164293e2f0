package lab.subspace.magics.merge;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %merge compare}: every method at matched ranks on replicate synthetic suites. */
@Command(name = "compare",
        description = "Synthetic suite: task arithmetic, Fisher, projected mean and EpiMer at matched ranks (average and worst task).")
public final class MergeCompareCommand implements Magic {

    @Mixin
    SuiteOptions suite;

    @Option(names = "--heterogeneity", defaultValue = "" + SuiteSpec.DEFAULT_HETEROGENEITY, description = "Hessian heterogeneity eta >= 0 (default ${DEFAULT-VALUE}).")
    double heterogeneity;

    @Option(names = "--ranks", split = ",", defaultValue = "1,2,4,8", description = "Subspace ranks (default ${DEFAULT-VALUE}).")
    int[] ranks;

    @Option(names = "--ta-scale", description = "Task-arithmetic scale lambda (default 1/T: weight averaging).")
    Double taScale;

    @Override
    public ComparisonReport run(MagicContext context) {
        SuiteSpec spec = suite.spec(heterogeneity);
        return MergeComparison.run(spec, ranks, suite.replicates, taScale == null ? 1.0 / spec.tasks() : taScale);
    }
}
