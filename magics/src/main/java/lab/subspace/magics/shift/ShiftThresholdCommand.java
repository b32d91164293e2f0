package lab.subspace.magics.shift;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %shift threshold}: the exact null threshold next to a simulated one. */
@Command(name = "threshold", description = "Exact (dynamic programming) vs simulated null quantile of the scan statistic.")
public final class ShiftThresholdCommand implements Magic {

    @Mixin
    ScanOptions scan;

    @Option(names = "--p", defaultValue = "0.5", description = "Share of the point's own set in the pooled sample (default ${DEFAULT-VALUE}).")
    double p;

    @Override
    public NullComparison run(MagicContext context) {
        return NullComparison.of(BinomialScan.of(p, scan.kMin, scan.k), scan.alpha, scan.sequences, scan.seed);
    }
}
