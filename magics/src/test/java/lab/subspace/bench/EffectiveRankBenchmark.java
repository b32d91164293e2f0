package lab.subspace.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.magics.audit.EffectiveRank;
import lab.subspace.magics.audit.RankProfile;

/**
 * rho_eps of a matrix read from a .npy file, timed: the Java side of bench/effective_rank_vs_numpy.py
 * (not a test). The matrix is read once; then each line {@code run} on stdin computes the profile
 * once and answers {@code wall_s cpu_s} (so the caller can alternate with its peer round by round),
 * and {@code info} answers the result's {@code key value} pairs followed by a line {@code end}.
 *
 * <pre>
 * java -cp magics/target/test-classes:kernel/target/subspace-kernel.jar:kernel/target/lib/*:kernel/target/plugins/* \
 *     lab.subspace.bench.EffectiveRankBenchmark M.npy 0.05
 * </pre>
 */
public final class EffectiveRankBenchmark {

    private EffectiveRankBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        DMatrixRMaj m = Matrices.read(Path.of(args[0]));
        double eps = Double.parseDouble(args[1]);
        RankProfile last = null;
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            switch (line.trim()) {
                case "run" -> {
                    long c = cpu();
                    long t = System.nanoTime();
                    last = EffectiveRank.of(m, eps);
                    double wall = (System.nanoTime() - t) / 1e9;
                    double cpuSec = (cpu() - c) / 1e9;
                    System.out.println(String.format(Locale.ROOT, "%.6f %.6f", wall, cpuSec));
                }
                case "info" -> {
                    RankProfile p = last != null ? last : EffectiveRank.of(m, eps);
                    System.out.println("shape " + m.numRows + "x" + m.numCols);
                    System.out.println("method " + p.spectrum().method());
                    System.out.println("threads " + Runtime.getRuntime().availableProcessors());
                    System.out.println("rank_eps " + p.rankEps());
                    System.out.println(String.format(Locale.ROOT, "rho_eps %.17g", p.rho()));
                    System.out.println(String.format(Locale.ROOT, "s1 %.17g", p.spectrum().max()));
                    System.out.println("end");
                }
                default -> throw new IllegalArgumentException("unknown command: " + line);
            }
            System.out.flush();
        }
    }

    private static long cpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
