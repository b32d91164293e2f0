package lab.subspace.magics.shift;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %shift detect}: detection on all features, then attribution of a detected shift. */
@Command(name = "detect", description = "Flag local over/under-densities of the test set and name the features carrying them.")
public final class ShiftDetectCommand implements Magic {

    @Mixin
    DataSource source;

    @Mixin
    ScanOptions scan;

    @Option(names = "--max-features", defaultValue = "6", description = "Largest subspace the attribution may return (default ${DEFAULT-VALUE}).")
    int maxFeatures;

    @Override
    public ShiftReport run(MagicContext context) {
        ShiftOptions options = scan.options();
        Benchmark b = source.benchmark(scan.seed);
        if (b != null) {
            return DensityShift.analyze(b, options, maxFeatures);
        }
        return DensityShift.analyze(source.describe(), source.data(context), options, maxFeatures);
    }
}
