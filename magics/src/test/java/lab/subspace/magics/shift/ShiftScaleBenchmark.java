package lab.subspace.magics.shift;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleSupplier;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.knn.Knn;
import lab.subspace.numerics.knn.WideKnn;
import lab.subspace.numerics.random.Rng;

/**
 * How long domain-shift detection takes at the sizes (not a test: run it by hand).
 * Prints wall and process CPU seconds (on a shared machine the CPU time is the comparable
 * figure): the large-k kNN against the heap kNN at the benchmark size, then full detection on
 * 20000 pooled points in 20 and 50 dimensions, and one greedy attribution at the benchmark size.
 *
 * <pre>
 * mvn -q -o -pl magics -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/magics-cp.txt
 * java -cp magics/target/test-classes:magics/target/classes:$(cat /tmp/magics-cp.txt) lab.subspace.magics.shift.ShiftScaleBenchmark
 * </pre>
 */
public final class ShiftScaleBenchmark {

    private ShiftScaleBenchmark() {
    }

    public static void main(String[] args) {
        Rng rng = new Rng(1);
        for (int d : new int[] {2, 20}) {
            DMatrixRMaj x = rng.gaussian(4000, d);
            report("Knn (heap)     self k=500, 4000 x " + d, 1, 3, () -> Knn.searchSelf(x, 500).index(0, 0));
            report("WideKnn        self k=500, 4000 x " + d, 1, 3, () -> WideKnn.searchSelf(x, 500).index(0, 0));
        }
        ShiftOptions options = ShiftOptions.defaults();
        for (int d : new int[] {20, 50}) {
            ShiftData data = ShiftBenchmarks.nullCase(10000, d, 2).data();
            report("detection, 20000 points x " + d + " dims, k = 20..500", 0, 2,
                    () -> DensityShift.detect(data, options).flagged());
        }
        Benchmark local = ShiftBenchmarks.of(Scenario.LOCALIZED, 2000, 20, 1);
        report("detection + attribution, localised benchmark (2 x 2000, 20 dims)", 1, 3,
                () -> DensityShift.analyze(local, options, 6).attribution().selected().length);
    }

    private static void report(String what, int warmup, int runs, DoubleSupplier task) {
        for (int i = 0; i < warmup; i++) {
            task.getAsDouble();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double c0 = ShiftTiming.cpuSeconds();
            long start = System.nanoTime();
            task.getAsDouble();
            wall[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = ShiftTiming.cpuSeconds() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.println(String.format(Locale.ROOT, "%-70s wall median %.2f s (min %.2f), cpu median %.2f s",
                what, wall[runs / 2], wall[0], cpu[runs / 2]));
    }
}
