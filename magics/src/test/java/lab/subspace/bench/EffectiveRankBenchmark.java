package lab.subspace.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.magics.audit.EffectiveRank;
import lab.subspace.magics.audit.RankProfile;

/**
 * rho_eps of a matrix read from a .npy file, timed: the Java side of bench/effective_rank_vs_numpy.py
 * (not a test). Prints one {@code key value} pair per line.
 *
 * <pre>
 * java -cp magics/target/test-classes:kernel/target/subspace-kernel.jar:kernel/target/lib/*:kernel/target/plugins/* \
 *     lab.subspace.bench.EffectiveRankBenchmark M.npy 0.05 7
 * </pre>
 */
public final class EffectiveRankBenchmark {

    private EffectiveRankBenchmark() {
    }

    public static void main(String[] args) {
        DMatrixRMaj m = Matrices.read(Path.of(args[0]));
        double eps = Double.parseDouble(args[1]);
        int runs = Integer.parseInt(args[2]);
        long c0 = cpu();
        long t0 = System.nanoTime();
        RankProfile first = EffectiveRank.of(m, eps);
        double firstWall = (System.nanoTime() - t0) / 1e9;
        double firstCpu = (cpu() - c0) / 1e9;
        double[] wall = new double[runs];
        double[] cpuSec = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c = cpu();
            long t = System.nanoTime();
            EffectiveRank.of(m, eps);
            wall[i] = (System.nanoTime() - t) / 1e9;
            cpuSec[i] = (cpu() - c) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpuSec);
        System.out.println("shape " + m.numRows + "x" + m.numCols);
        System.out.println("method " + first.spectrum().method());
        System.out.println("rank_eps " + first.rankEps());
        System.out.println(String.format(Locale.ROOT, "rho_eps %.17g", first.rho()));
        System.out.println(String.format(Locale.ROOT, "s1 %.17g", first.spectrum().max()));
        System.out.println(String.format(Locale.ROOT, "first_wall %.6f", firstWall));
        System.out.println(String.format(Locale.ROOT, "first_cpu %.6f", firstCpu));
        System.out.println(String.format(Locale.ROOT, "median_wall %.6f", wall[runs / 2]));
        System.out.println(String.format(Locale.ROOT, "min_wall %.6f", wall[0]));
        System.out.println(String.format(Locale.ROOT, "median_cpu %.6f", cpuSec[runs / 2]));
    }

    private static long cpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
