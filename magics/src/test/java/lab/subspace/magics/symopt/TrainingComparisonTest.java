package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Optimizers;

/** Tuning, seed spreads and paired differences of {@link TrainingComparison}, on hand-made runs. */
class TrainingComparisonTest {

    private static final long[] SEEDS = {1, 2, 3};

    // final loss and imbalance per (method, rate), one value per seed
    private static final Map<String, double[][]> LOSS = Map.of(
            "A@0.1", new double[][] {{0.6, 0.6, 0.6}, {0.1, 0.1, 0.1}},
            "A@0.2", new double[][] {{0.3, 0.5, 0.4}, {0.2, 0.1, 0.3}},
            "A@0.4", new double[][] {{0.9, 0.9, 0.9}, {0.1, 0.1, 0.1}},
            "B@0.1", new double[][] {{0.5, 0.5, 0.8}, {0.1, 0.2, 0.3}},
            "B@0.2", new double[][] {{0.7, 0.7, 0.7}, {0.1, 0.1, 0.1}});

    private static TrainingComparison comparison() {
        List<MethodSpec> methods = List.of(method("A", 0.1, 0.2, 0.4), method("B", 0.1, 0.2));
        List<RunTrace> runs = new ArrayList<>();
        for (int s = 0; s < SEEDS.length; s++) {
            for (MethodSpec m : methods) {
                for (double lr : m.learningRates()) {
                    double[][] v = LOSS.get(m.name() + "@" + lr);
                    runs.add(new RunTrace(m.name(), lr, new int[] {0, 10}, new double[] {2, v[0][s]}, new double[] {1, v[1][s]}, false));
                }
            }
        }
        return new TrainingComparison("toy", "hand-made", methods, runs, SEEDS, Double.NaN);
    }

    private static MethodSpec method(String name, double... grid) {
        return new MethodSpec(name, name, grid, lr -> Optimizers.sgd(lr));
    }

    @Test
    void tunedRateHasTheLowestMeanFinalLossAndCarriesBothSpreads() {
        TrainingComparison c = comparison();
        Setting a = c.tuned("A");
        assertEquals(0.2, a.learningRate());
        assertEquals(0.4, a.finalLoss(), 1e-12);
        assertEquals(0.1, a.finalLossSd(), 1e-12);
        assertEquals(0.2, a.finalImbalance(), 1e-12);
        assertEquals(0.1, a.finalImbalanceSd(), 1e-12);
        assertEquals(0.1, c.tuned("B").learningRate());
        assertEquals(5, c.table().rowCount());
        assertTrue(c.table().columnNames().contains("imbalance sd"));
    }

    @Test
    void tunedInsideIsFalseWhenTheBestRateIsAnEndOfTheGrid() {
        TrainingComparison c = comparison();
        assertTrue(c.tunedInside("A"));
        assertFalse(c.tunedInside("B"));
    }

    @Test
    void pairedDifferencesAreTakenSeedBySeedAtEachMethodsTunedRate() {
        PairedDifference d = comparison().paired("A", "B");
        assertEquals(0.2, d.methodLr());
        assertEquals(0.1, d.baselineLr());
        assertArrayEquals(new double[] {-0.2, 0.0, -0.4}, d.loss(), 1e-12);
        assertArrayEquals(new double[] {0.1, -0.1, 0.0}, d.imbalance(), 1e-12);
        assertEquals(-0.2, d.lossMean(), 1e-12);
        assertEquals(0.2, d.lossSd(), 1e-12);
        assertEquals(0.0, d.imbalanceMean(), 1e-12);
        assertEquals(0.1, d.imbalanceSd(), 1e-12);
        assertTrue(d.toString().endsWith("loss -0.2000 +- 0.2000, imbalance +0.000 +- 0.100 over 3 seeds"), d.toString());
        PairedDifference noRouter = new PairedDifference("A", 0.2, "B", 0.1, new double[] {0.5}, new double[] {Double.NaN});
        assertTrue(noRouter.toString().endsWith("loss +0.5000 +- 0.0000 over 1 seed"), noRouter.toString());
    }

    @Test
    void pairedNeedsOneRunPerSeed() {
        TrainingComparison c = comparison();
        List<RunTrace> missing = new ArrayList<>(c.runs());
        missing.remove(1); // seed 1 of A at its tuned rate 0.2
        TrainingComparison short1 = new TrainingComparison("toy", "hand-made", c.methods(), missing, SEEDS, Double.NaN);
        String msg = assertThrows(IllegalArgumentException.class, () -> short1.paired("A", "B")).getMessage();
        assertTrue(msg.contains("2 runs") && msg.contains("3 seeds"), msg);
        assertThrows(IllegalArgumentException.class, () -> new PairedDifference("A", 0.1, "B", 0.1, new double[] {1}, new double[0]));
    }
}
