package lab.subspace.magics.shift;

import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %shift null-rate}: the false-positive rate on same-distribution sets. */
@Command(name = "null-rate", description = "Fraction of points flagged when both sets come from the same distribution.")
public final class ShiftNullRateCommand implements Magic {

    @Mixin
    ScanOptions scan;

    @Option(names = "--replicates", defaultValue = "5", description = "Independent null pairs (default ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--n", defaultValue = "2000", description = "Points per set (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--dims", defaultValue = "20", description = "Dimensions (default ${DEFAULT-VALUE}).")
    int dims;

    @Option(names = "--alphas", split = ",", defaultValue = "1e-1,1e-2,1e-3,1e-4,1e-5", description = "Per-point rates to check (default ${DEFAULT-VALUE}).")
    List<Double> alphas;

    @Override
    public NullCalibration run(MagicContext context) {
        double[] a = alphas.stream().mapToDouble(Double::doubleValue).toArray();
        return NullCalibration.run(n, dims, replicates, a, scan.options());
    }
}
