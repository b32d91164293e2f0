package lab.subspace.magics.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;

/** The paper's accuracy claims at a small size, and the sweep's bookkeeping. */
class AccuracySweepTest {

    private static final double[] EPS = {0.1, 0.001};
    private static final AccuracyReport SWEEP = AccuracySweep.synthetic(80, 2, EPS, new int[] {100}, 7L);

    @Test
    void srotIsClearlyCloserToExactThanEotAtLargeEps() {
        double eot = SWEEP.costError(OtMethod.EOT, 0.1, 0);
        double srot = SWEEP.costError(OtMethod.SROT, 0.1, 100);
        assertTrue(srot < 0.7 * eot, "SROT " + srot + " vs EOT " + eot);
        assertTrue(SWEEP.planL1(OtMethod.SROT, 0.1, 100) < SWEEP.planL1(OtMethod.EOT, 0.1, 0));
    }

    @Test
    void srotAndEotAreAtParityAtSmallEps() {
        double eot = SWEEP.costError(OtMethod.EOT, 0.001, 0);
        double srot = SWEEP.costError(OtMethod.SROT, 0.001, 100);
        assertTrue(srot < 2 * eot && eot < 2 * srot, "SROT " + srot + " vs EOT " + eot);
        assertTrue(eot < 0.03, "small eps is close to exact OT: " + eot);
    }

    @Test
    void srotImprovesOnTheSlicedPlanItStartsFrom() {
        double sot = SWEEP.costError(OtMethod.SOT, Double.NaN, 100);
        for (double eps : EPS) {
            assertTrue(SWEEP.costError(OtMethod.SROT, eps, 100) < sot, "eps " + eps);
        }
    }

    @Test
    void everyCellIsThereOnceAndErrorsAreNonNegative() {
        assertEquals(EPS.length * 2 + 1, SWEEP.points().size());
        for (AccuracyPoint p : SWEEP.points()) {
            assertTrue(p.costError() > -1e-9 && p.worstCostError() >= p.costError() - 1e-15, p.toString());
            assertTrue(p.planL1() >= 0 && p.planL1() <= 2 + 1e-9, p.toString());
        }
        assertEquals("SROT (L = 100)", SWEEP.point(OtMethod.SROT, 0.1, 100).label());
        assertThrows(IllegalArgumentException.class, () -> SWEEP.point(OtMethod.SROT, 0.5, 100));
        assertEquals(80, SWEEP.n());
        assertEquals(2, SWEEP.problems());
    }

    @Test
    void aSingleProblemMatchesTheSolversDirectly() {
        OtProblem p = OtProblem.of(OtClouds.isotropic(30, 1L), OtClouds.stretched(30, 2L));
        AccuracyReport r = AccuracySweep.run(List.of(p), new double[] {0.05}, new int[] {10}, 3L, AccuracySweep.options());
        double exact = OT.exact(p).cost();
        double max = PlanMetrics.maxCost(p.cost());
        double eot = OT.eot(p, 0.05 * max, AccuracySweep.options()).cost();
        assertEquals((eot - exact) / exact, r.costError(OtMethod.EOT, 0.05, 0), 1e-15);
    }

    @Test
    void sameSeedSameNumbersAndChecks() {
        AccuracyReport again = AccuracySweep.synthetic(80, 2, EPS, new int[] {100}, 7L);
        assertEquals(SWEEP.points(), again.points());
        assertThrows(IllegalArgumentException.class, () -> AccuracySweep.synthetic(20, 0, EPS, new int[] {10}, 1L));
        assertThrows(IllegalArgumentException.class, () -> AccuracySweep.synthetic(20, 1, new double[] {-1}, new int[] {10}, 1L));
        assertThrows(IllegalArgumentException.class, () -> AccuracySweep.synthetic(20, 1, EPS, new int[] {0}, 1L));
        assertThrows(IllegalArgumentException.class, () -> AccuracySweep.run(List.of(OtProblem.ofCost(
                OtProblem.of(OtClouds.isotropic(5, 1L), OtClouds.isotropic(5, 2L)).cost())), EPS, new int[] {5}, 1L,
                AccuracySweep.options()));
    }

    @Test
    void anInterruptStopsTheSweep() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(CancellationException.class, () -> AccuracySweep.synthetic(30, 1, EPS, new int[] {10}, 1L));
        } finally {
            Thread.interrupted();
        }
    }
}
