package lab.subspace.magics.shift;

import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %shift timing}: how long detection takes at a given size on this machine. */
@Command(name = "timing", description = "Time detection on null data of a given size (pooled points, dimensions).")
public final class ShiftTimingCommand implements Magic {

    @Mixin
    ScanOptions scan;

    @Option(names = "--points", defaultValue = "20000", description = "Pooled points, half per set (default ${DEFAULT-VALUE}).")
    int points;

    @Option(names = "--dims", split = ",", defaultValue = "20,50", description = "Dimensions to time (default ${DEFAULT-VALUE}).")
    List<Integer> dims;

    @Override
    public ShiftTiming run(MagicContext context) {
        return ShiftTiming.run(points, dims.stream().mapToInt(Integer::intValue).toArray(), scan.options());
    }
}
