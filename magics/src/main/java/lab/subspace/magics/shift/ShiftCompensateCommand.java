package lab.subspace.magics.shift;

import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %shift compensate}: matched subsets with no detectable residual difference. */
@Command(name = "compensate", description = "Remove flagged points until a rerun flags nothing; compare with random removal.")
public final class ShiftCompensateCommand implements Magic {

    @Mixin
    DataSource source;

    @Mixin
    ScanOptions scan;

    @Option(names = "--report", description = "A ShiftReport variable from %shift detect: compensate its data in its attributed features (with this command's detection options).")
    String report;

    @Option(names = "--features", split = ",", description = "Features to detect in (default: the attributed subspace, else all features).")
    List<String> features;

    @Option(names = "--max-features", defaultValue = "6", description = "Largest attributed subspace (default ${DEFAULT-VALUE}).")
    int maxFeatures;

    @Option(names = "--max-rounds", defaultValue = "50", description = "Most removal rounds (default ${DEFAULT-VALUE}).")
    int maxRounds;

    @Override
    public Compensation run(MagicContext context) {
        ShiftOptions options = scan.options();
        if (report != null) {
            if (source.scenario != null || source.reference != null || source.test != null) {
                throw new UserError("give either --report or the data (--scenario, or --reference and --test), not both");
            }
            if (!(context.variable(report) instanceof ShiftReport r)) {
                throw new UserError("--report " + report + " must be a ShiftReport (var r = %shift detect ...), not "
                        + context.variable(report).getClass().getSimpleName());
            }
            List<String> chosen = features != null && !features.isEmpty() ? features
                    : r.shiftFeatures().isEmpty() ? r.data().features() : r.shiftFeatures();
            return DensityShift.compensate(r.data(), chosen, options, maxRounds);
        }
        Benchmark b = source.benchmark(scan.seed);
        ShiftData data = b != null ? b.data() : source.data(context);
        List<String> chosen = features;
        if (chosen == null || chosen.isEmpty()) {
            ShiftReport r = b != null ? DensityShift.analyze(b, options, maxFeatures)
                    : DensityShift.analyze(source.describe(), data, options, maxFeatures);
            chosen = r.shiftFeatures().isEmpty() ? data.features() : r.shiftFeatures();
        }
        return DensityShift.compensate(data, chosen, options, maxRounds);
    }
}
