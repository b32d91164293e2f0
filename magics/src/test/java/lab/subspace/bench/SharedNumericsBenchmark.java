package lab.subspace.bench;

import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.knn.Knn;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.nn.Losses;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

/**
 * Timings of the shared numerics at the sizes the papers use (not a test: run it by hand and
 * compare with the peer timings printed by bench_numpy.py next to it).
 *
 * <pre>
 * mvn -q -o -pl magics -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/magics-cp.txt
 * java -cp magics/target/test-classes:$(cat /tmp/magics-cp.txt) lab.subspace.bench.SharedNumericsBenchmark
 * python3 magics/src/test/java/lab/subspace/bench/bench_numpy.py
 * </pre>
 * It prints wall and process CPU seconds: on a shared machine the CPU time is the comparable figure.
 * </pre>
 */
public final class SharedNumericsBenchmark {

    private SharedNumericsBenchmark() {
    }

    public static void main(String[] args) {
        Rng rng = new Rng(1);
        DMatrixRMaj m = rng.gaussian(4096, 512);
        report("rank_eps of 4096 x 512 (Gram + symmetric eig)", 3, 7, () -> Spectra.spectrum(m).energyRank(0.05));

        DMatrixRMaj x = rng.gaussian(20000, 50);
        report("kNN self k=10, 20000 x 50", 1, 3, () -> Knn.searchSelf(x, 10).index(0, 0));
        DMatrixRMaj x20 = rng.gaussian(20000, 20);
        report("kNN self k=10, 20000 x 20", 1, 3, () -> Knn.searchSelf(x20, 10).index(0, 0));
        DMatrixRMaj pooled = rng.gaussian(4000, 20);
        DMatrixRMaj queries = rng.gaussian(2000, 20);
        report("kNN 2000 queries in 4000 x 20, k=500", 1, 3, () -> Knn.search(queries, pooled, 500).index(0, 0));

        DMatrixRMaj xs = rng.gaussian(4000, 20);
        DMatrixRMaj ys = rng.uniform(4000, 1, 0, 1);
        report("MLP 20-128-128-128-1, 10 full-batch Adam epochs on 4000 samples", 1, 3, () -> {
            Mlp net = Mlp.of(new int[] {20, 128, 128, 128, 1}, Activation.RELU, Activation.IDENTITY, 1);
            return Trainer.of(net, Losses.BCE_WITH_LOGITS, Optimizers.adam(1e-3)).epochs(10).fit(xs, ys).finalLoss();
        });
    }

    private static void report(String what, int warmup, int runs, java.util.function.DoubleSupplier task) {
        for (int i = 0; i < warmup; i++) {
            task.getAsDouble();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = processCpuNanos();
            long start = System.nanoTime();
            task.getAsDouble();
            wall[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (processCpuNanos() - c0) / 1e9;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        // CPU seconds make runs comparable on a shared machine: wall ~ cpu / cores when idle
        System.out.println(String.format(Locale.ROOT, "%-66s wall median %.3f s (min %.3f), cpu median %.3f s",
                what, wall[runs / 2], wall[0], cpu[runs / 2]));
    }

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
