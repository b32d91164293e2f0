package lab.subspace.magics.shift;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.kernel.spi.Interrupts;

/**
 * Wall and process CPU time of detection on n pooled points (n / 2 per set, null data) in a
 * few dimensions: what "scales to n = 20000 in 20-50 dimensions" costs on this machine.
 *
 * <pre>{@code
 * ShiftTiming t = ShiftTiming.run(20000, new int[] {20, 50}, ShiftOptions.defaults());
 * }</pre>
 *
 * @param rows one measurement per dimension
 */
public record ShiftTiming(List<Row> rows) {

    /**
     * @param points     pooled points
     * @param dims       dimensions
     * @param kMax       neighbours per point
     * @param seconds    wall time of the detection
     * @param cpuSeconds CPU time of this process meanwhile (all threads)
     * @param threads    worker threads available
     * @param flagged    points flagged (0 expected: the data are null)
     */
    public record Row(int points, int dims, int kMax, double seconds, double cpuSeconds, int threads, int flagged) {
    }

    public static ShiftTiming run(int points, int[] dims, ShiftOptions options) {
        if (points < 4) {
            throw new IllegalArgumentException("need at least 4 points but got " + points);
        }
        List<Row> rows = new ArrayList<>();
        for (int d : dims) {
            Interrupts.check();
            Benchmark b = ShiftBenchmarks.nullCase(points / 2, d, options.seed());
            double cpu0 = cpuSeconds();
            ShiftDetection det = DensityShift.detect(b.data(), options);
            double cpu = cpuSeconds() - cpu0;
            rows.add(new Row(2 * (points / 2), d, options.kMax(), det.seconds(), cpu,
                    lab.subspace.numerics.Parallel.threads(), det.flagged()));
        }
        return new ShiftTiming(rows);
    }

    /** CPU time of the whole process, or NaN where the JVM does not report it. */
    static double cpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? Double.NaN : ns / 1e9;
        }
        return Double.NaN;
    }
}
