package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class BarycentricMapTest {

    @Test
    void exactPlanOfATranslationMapsEachPointToItsTranslate() {
        // for |x - y|^2 the optimal map of a translation is the translation itself
        DMatrixRMaj x = Clouds.uniform(40, 2, 0, 1);
        DMatrixRMaj y = x.copy();
        for (int i = 0; i < 40; i++) {
            y.set(i, 0, y.get(i, 0) + 0.3);
            y.set(i, 1, y.get(i, 1) - 0.1);
        }
        OtProblem p = OtProblem.of(x, y);
        DMatrixRMaj t = OT.barycentricMap(OT.exact(p), p);
        for (int k = 0; k < t.data.length; k++) {
            assertEquals(y.data[k], t.data[k], 1e-12);
        }
    }

    @Test
    void denseAndSparsePlansGiveTheSameMap() {
        OtProblem p = Clouds.weighted(15, 12, 2);
        ExactResult r = OT.exact(p);
        DMatrixRMaj sparse = BarycentricMap.apply(r.sparsePlan(), p.a(), p.y(), null);
        DMatrixRMaj dense = BarycentricMap.apply(r.plan(), p.a(), p.y(), null);
        for (int k = 0; k < dense.data.length; k++) {
            assertEquals(dense.data[k], sparse.data[k], 1e-14);
        }
    }

    @Test
    void entropicMapIsAConvexCombinationOfTargets() {
        OtProblem p = Clouds.weighted(20, 25, 3);
        DMatrixRMaj t = OT.barycentricMap(OT.eot(p, 1.0), p);
        double[] mean = new double[2];
        for (int j = 0; j < 25; j++) {
            mean[0] += p.b()[j] * p.y().get(j, 0);
            mean[1] += p.b()[j] * p.y().get(j, 1);
        }
        for (int i = 0; i < 20; i++) {
            assertTrue(t.get(i, 0) >= 0.5 && t.get(i, 0) <= 1.5, "inside the target's hull");
        }
        // averaging the images with weights a gives the target's mean (the plan's marginals)
        double[] avg = new double[2];
        for (int i = 0; i < 20; i++) {
            avg[0] += p.a()[i] * t.get(i, 0);
            avg[1] += p.a()[i] * t.get(i, 1);
        }
        assertArrayEquals(mean, avg, 1e-9);
    }

    @Test
    void zeroWeightPointsHaveNoImageAndShapesAreChecked() {
        DMatrixRMaj plan = new DMatrixRMaj(new double[][] {{0.5, 0}, {0, 0}, {0, 0.5}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, 2}, {3, 4}});
        DMatrixRMaj t = BarycentricMap.apply(plan, new double[] {0.5, 0, 0.5}, y, null);
        assertEquals(1, t.get(0, 0), 0);
        assertTrue(Double.isNaN(t.get(1, 0)));
        assertEquals(4, t.get(2, 1), 0);
        assertThrows(IllegalArgumentException.class, () -> BarycentricMap.apply(plan, new double[] {1}, y, null));
        assertThrows(IllegalArgumentException.class, () -> BarycentricMap.apply(plan, new double[] {0.5, 0, 0.5},
                new DMatrixRMaj(3, 2), null));
    }
}
