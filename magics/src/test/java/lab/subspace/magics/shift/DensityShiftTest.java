package lab.subspace.magics.shift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.random.Rng;
import tech.tablesaw.api.Table;

/** The paper's claims at a small size (600 points per set, 8 features, 100 neighbours) and the algorithm's properties. */
class DensityShiftTest {

    private static final ShiftOptions SMALL = ShiftOptions.defaults().withK(100);

    private static Benchmark broad(long seed) {
        return ShiftBenchmarks.broad(600, 8, new int[] {0, 1}, 0.8, seed);
    }

    private static Benchmark localized(long seed) {
        return ShiftBenchmarks.localized(600, 8, new int[] {5, 6, 7}, 0.1, 2.0, 0.3, seed);
    }

    private static Set<String> set(List<String> names) {
        return new TreeSet<>(names);
    }

    @Test
    void theNullFlagsNothing() {
        for (long seed = 1; seed <= 2; seed++) {
            ShiftReport r = DensityShift.analyze(ShiftBenchmarks.nullCase(600, 8, seed), SMALL, 4);
            assertEquals(0, r.detection().flagged(), "seed " + seed);
            assertNull(r.attribution());
            assertTrue(r.shiftFeatures().isEmpty());
        }
    }

    @Test
    void aBroadShiftIsAttributedExactlyToItsFeatures() {
        for (long seed = 1; seed <= 2; seed++) {
            ShiftReport r = DensityShift.analyze(broad(seed), SMALL, 4);
            assertTrue(r.detection().shifted());
            assertEquals(Set.of("x0", "x1"), set(r.shiftFeatures()), "seed " + seed);
            // the shift is more pronounced in its own subspace than in all features
            assertTrue(r.attribution().flagged() > r.detection().flagged());
            // over-densities of the test set lie where it moved to (x0 + x1 high), under-densities opposite
            ShiftDetection sub = r.attribution().detection();
            assertTrue(meanOf(r.data().test(), sub.overFlagged()) > 1, "over-dense test points sit at high x0 + x1");
            assertTrue(meanOf(r.data().reference(), sub.underFlagged()) < -1, "under-densities sit at low x0 + x1");
        }
    }

    private static double meanOf(DMatrixRMaj m, int[] rows) {
        return Arrays.stream(rows).mapToDouble(i -> m.get(i, 0) + m.get(i, 1)).average().orElse(Double.NaN);
    }

    @Test
    void aLocalisedShiftIsAttributedExactlyAndItsBlobIsWhatIsFlagged() {
        for (long seed = 1; seed <= 2; seed++) {
            Benchmark b = localized(seed);
            ShiftReport r = DensityShift.analyze(b, SMALL, 5);
            assertEquals(Set.of("x5", "x6", "x7"), set(r.shiftFeatures()), "seed " + seed);
            int[] flagged = r.attribution().detection().overFlagged();
            Set<Integer> planted = Arrays.stream(b.plantedPoints()).boxed().collect(Collectors.toSet());
            long hits = Arrays.stream(flagged).filter(planted::contains).count();
            assertTrue(hits >= 0.9 * planted.size(), hits + " of " + planted.size() + " planted points flagged");
            assertTrue(hits >= 0.8 * flagged.length, hits + " of " + flagged.length + " flagged points planted");
        }
    }

    @Test
    void compensationLeavesNothingDetectableWhileRandomRemovalDoesNot() {
        Benchmark b = broad(3);
        Compensation c = DensityShift.compensate(b.data(), List.of("x0", "x1"), SMALL, 30);
        assertTrue(c.converged());
        assertEquals(0, c.rounds().get(c.rounds().size() - 1).over() + c.rounds().get(c.rounds().size() - 1).under());
        assertEquals(0, c.rerun().flagged());
        assertEquals(0, c.rerunAllFeatures().flagged());
        assertTrue(c.randomControl().flagged() > 0, "random control flags " + c.randomControl().flagged());
        assertEquals(c.keptReference().length, c.randomControl().referenceSize());
        assertTrue(c.meanShiftBefore()[0] > 0.6 && c.meanShiftBefore()[1] > 0.6);
        assertTrue(Math.abs(c.meanShiftAfter()[0]) < 0.15 && Math.abs(c.meanShiftAfter()[1]) < 0.15,
                Arrays.toString(c.meanShiftAfter()));
        assertEquals(1200 - c.keptReference().length - c.keptTest().length, c.removed());

        Benchmark l = localized(3);
        Compensation lc = DensityShift.compensate(l.data(), List.of("x5", "x6", "x7"), SMALL, 30);
        Set<Integer> kept = Arrays.stream(lc.keptTest()).boxed().collect(Collectors.toSet());
        long plantedRemoved = Arrays.stream(l.plantedPoints()).filter(i -> !kept.contains(i)).count();
        assertTrue(lc.converged() && lc.rerun().flagged() == 0);
        assertTrue(plantedRemoved >= 0.9 * l.plantedPoints().length, plantedRemoved + " planted points removed");
        assertTrue(lc.removed() <= 1.3 * l.plantedPoints().length, lc.removed() + " points removed in all");
    }

    @Test
    void theNullFlagsAtMostAlphaOfThePoints() {
        double[] alphas = {1e-1, 1e-2, 1e-3};
        NullCalibration c = NullCalibration.run(400, 6, 3, alphas, ShiftOptions.defaults().withK(80).withSeed(5));
        assertEquals(2400, c.tests());
        for (int a = 0; a < alphas.length; a++) {
            double sd = Math.sqrt(alphas[a] * (1 - alphas[a]) / c.tests());
            assertTrue(c.rates()[a] <= alphas[a] + 3 * sd, "alpha " + alphas[a] + ": rate " + c.rates()[a]);
        }
        assertTrue(c.rates()[0] > 0.05, "the test is not vacuous: rate " + c.rates()[0] + " at alpha 0.1");
        assertEquals(c.flagged()[0], Arrays.stream(c.perReplicate()).mapToLong(r -> r[0]).sum());
    }

    @Test
    void resultsDoNotDependOnRowOrderOrFeatureUnits() {
        Benchmark b = broad(4);
        ShiftDetection base = DensityShift.detect(b.data(), SMALL);
        // reverse the rows of both sets
        int nx = b.data().referenceSize();
        int ny = b.data().testSize();
        DMatrixRMaj x = reversed(b.data().reference());
        DMatrixRMaj y = reversed(b.data().test());
        ShiftDetection rev = DensityShift.detect(ShiftData.of(x, y), SMALL);
        for (int i = 0; i < ny; i++) {
            assertEquals(base.overScores()[i], rev.overScores()[ny - 1 - i], 1e-12);
        }
        for (int i = 0; i < nx; i++) {
            assertEquals(base.underScores()[i], rev.underScores()[nx - 1 - i], 1e-12);
        }
        // a feature in other units (x3 -> 1000 x3 + 7) changes nothing once standardised
        DMatrixRMaj xs = b.data().reference().copy();
        DMatrixRMaj ys = b.data().test().copy();
        for (DMatrixRMaj m : new DMatrixRMaj[] {xs, ys}) {
            for (int i = 0; i < m.numRows; i++) {
                m.set(i, 3, 1000 * m.get(i, 3) + 7);
            }
        }
        ShiftDetection scaled = DensityShift.detect(ShiftData.of(xs, ys), SMALL);
        assertArrayEquals(base.overFlagged(), scaled.overFlagged());
        assertArrayEquals(base.overScores(), scaled.overScores(), 1e-9);
        // swapping the roles of the sets swaps over- and under-densities
        ShiftDetection swapped = DensityShift.detect(ShiftData.of(b.data().test(), b.data().reference()), SMALL);
        assertArrayEquals(base.overFlagged(), swapped.underFlagged());
        assertArrayEquals(base.underFlagged(), swapped.overFlagged());
    }

    private static DMatrixRMaj reversed(DMatrixRMaj m) {
        int[] rows = new int[m.numRows];
        Arrays.setAll(rows, i -> m.numRows - 1 - i);
        DMatrixRMaj out = new DMatrixRMaj(m.numRows, m.numCols);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < m.numCols; j++) {
                out.set(i, j, m.get(rows[i], j));
            }
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        ShiftReport a = DensityShift.analyze(localized(6), SMALL, 4);
        ShiftReport b = DensityShift.analyze(localized(6), SMALL, 4);
        assertArrayEquals(a.detection().overScores(), b.detection().overScores());
        assertArrayEquals(a.detection().underScale(), b.detection().underScale());
        assertArrayEquals(a.attribution().selected(), b.attribution().selected());
        for (int s = 0; s < a.attribution().steps().size(); s++) {
            assertArrayEquals(a.attribution().steps().get(s).strength(), b.attribution().steps().get(s).strength());
        }
        ShiftOptions sim = SMALL.withSimulatedNull(20000).withSeed(9);
        assertEquals(DensityShift.detect(localized(6).data(), sim).overThreshold(),
                DensityShift.detect(localized(6).data(), sim).overThreshold());
    }

    @Test
    void aSimulatedThresholdIsCloseToTheExactOne() {
        ShiftDetection exact = DensityShift.detect(broad(5).data(), SMALL.withAlpha(1e-3));
        ShiftDetection sim = DensityShift.detect(broad(5).data(), SMALL.withAlpha(1e-3).withSimulatedNull(100_000));
        assertEquals(NullModel.SIMULATED, sim.overThreshold().model());
        assertEquals(1e-3, sim.overThreshold().exceedance(), 2.5e-4); // 100 sequences above: ~10% relative error
        assertEquals(exact.overThreshold().value(), sim.overThreshold().value(), 0.5);
    }

    @Test
    void tablesAreMatchedByColumnName() {
        Benchmark b = broad(6);
        String[] names = {"a", "b", "c", "d", "e", "f", "g", "h"};
        Table x = Matrices.toTable(b.data().reference(), names);
        Table y = Matrices.toTable(b.data().test(), names);
        Table yReordered = y.selectColumns("h", "b", "a", "c", "d", "e", "f", "g");
        ShiftData data = ShiftData.of(x, yReordered);
        assertEquals(List.of(names), data.features());
        assertEquals(b.data().test().get(3, 0), data.test().get(3, 0));
        ShiftReport r = DensityShift.analyze(data, SMALL, 4);
        assertEquals(Set.of("a", "b"), set(r.shiftFeatures()));
        ShiftData two = ShiftData.of(x, y, "c", "a");
        assertEquals(List.of("c", "a"), two.features());
        assertEquals(b.data().reference().get(5, 2), two.reference().get(5, 0));
    }

    @Test
    void misuseIsReportedWithTheValues() {
        Rng rng = new Rng(1);
        DMatrixRMaj x = rng.gaussian(50, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DensityShift.detect(x, rng.gaussian(40, 3), ShiftOptions.defaults()));
        assertEquals("kMax = 500 neighbours but the pooled sample has only 90 points (50 reference + 40 test): use kMax <= 89",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ShiftData.of(x, rng.gaussian(40, 2)));
        assertEquals("reference has 3 columns but test has 2", e.getMessage());
        DMatrixRMaj bad = rng.gaussian(40, 3);
        bad.set(7, 2, Double.NaN);
        e = assertThrows(IllegalArgumentException.class, () -> ShiftData.of(x, bad));
        assertEquals("test contains NaN at (7, 2)", e.getMessage());
        Table t1 = Matrices.toTable(x, "a", "b", "c");
        Table t2 = Matrices.toTable(rng.gaussian(40, 3), "a", "b", "z");
        e = assertThrows(IllegalArgumentException.class, () -> ShiftData.of(t1, t2));
        assertTrue(e.getMessage().contains("lacks [c]") && e.getMessage().contains("has extra [z]"), e.getMessage());
        ShiftData d = ShiftData.of(x, rng.gaussian(40, 3));
        e = assertThrows(IllegalArgumentException.class, () -> DensityShift.detect(d, List.of("x9"), SMALL.withK(20)));
        assertEquals("no feature named 'x9'; features are [x0, x1, x2]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DensityShift.attribute(d, SMALL.withK(20), 0));
        assertThrows(IllegalArgumentException.class, () -> DensityShift.compensate(d, List.of(), SMALL.withK(20), 5));
        assertThrows(IllegalArgumentException.class, () -> ShiftOptions.defaults().withAlpha(0));
        assertThrows(IllegalArgumentException.class, () -> ShiftOptions.defaults().withKMin(600));
        assertThrows(IllegalArgumentException.class, () -> ShiftOptions.defaults().withMinGain(-0.1));
        assertThrows(IllegalArgumentException.class, () -> ShiftBenchmarks.broad(100, 3, new int[] {5}, 0.5, 1));
    }
}
