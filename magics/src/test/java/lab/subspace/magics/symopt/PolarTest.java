package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class PolarTest {

    @Test
    void newtonSchulzAgreesWithTheSvdOnTallAndWideMatricesUpToCondition1e5() {
        Rng rng = new Rng(11);
        for (int[] shape : new int[][] {{20, 6}, {6, 20}, {8, 8}}) {
            for (double kappa : new double[] {1, 1e2, 1e5}) {
                DMatrixRMaj m = PolarCheck.withCondition(shape[0], shape[1], kappa, rng);
                NewtonSchulzResult r = NewtonSchulz.polar(m);
                assertTrue(r.converged(), "converged at condition " + kappa);
                assertTrue(Polar.relativeError(r.factor(), Polar.svd(m)) < 1e-10,
                        shape[0] + "x" + shape[1] + " condition " + kappa);
            }
        }
    }

    @Test
    void iterationCountGrowsLikeTheLogOfTheCondition() {
        Rng rng = new Rng(12);
        int low = NewtonSchulz.polar(PolarCheck.withCondition(16, 6, 10, rng)).iterations();
        int high = NewtonSchulz.polar(PolarCheck.withCondition(16, 6, 1e5, rng)).iterations();
        // a small singular value grows by 3/2 per step: about log_1.5(1e4) = 23 more steps
        assertTrue(high - low > 15 && high - low < 30, low + " vs " + high);
    }

    @Test
    void zeroSingularValuesStayZeroAndTheZeroMatrixMapsToZero() {
        Rng rng = new Rng(13);
        DMatrixRMaj lowRank = CommonOps_DDRM.multTransB(rng.gaussian(12, 2), rng.gaussian(7, 2), null);
        DMatrixRMaj ns = NewtonSchulz.polar(lowRank).factor();
        assertTrue(Polar.relativeError(ns, Polar.svd(lowRank)) < 1e-10);
        assertEquals(2, CommonOps_DDRM.trace(CommonOps_DDRM.multTransA(ns, ns, null)), 1e-10);
        NewtonSchulzResult zero = NewtonSchulz.polar(new DMatrixRMaj(3, 4));
        assertTrue(zero.converged());
        assertEquals(0, zero.iterations());
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(zero.factor()));
    }

    @Test
    void gramRouteAgreesWhenWellConditioned() {
        DMatrixRMaj m = PolarCheck.withCondition(10, 4, 20, new Rng(14));
        assertTrue(Polar.relativeError(Polar.gram(m), Polar.svd(m)) < 1e-12);
        DMatrixRMaj wide = CommonOps_DDRM.transpose(m, null);
        assertTrue(Polar.relativeError(Polar.gram(wide), Polar.svd(wide)) < 1e-12);
    }

    @Test
    void nonConvergenceIsReportedNotThrown() {
        DMatrixRMaj m = PolarCheck.withCondition(10, 4, 1e6, new Rng(15));
        NewtonSchulzResult r = NewtonSchulz.polar(m, 3, 1e-10, null);
        assertFalse(r.converged());
        assertEquals(3, r.iterations());
        assertEquals(3, r.changes().length);
    }

    @Test
    void polarCheckReportsEveryCaseAndTheWorstError() {
        PolarReport r = PolarCheck.run(12, 5, new double[] {10, 1e4}, List.of(new Rng(1).gaussian(4, 9)), 3L);
        assertEquals(5, r.cases().size());
        assertTrue(r.allConverged());
        assertTrue(r.worstNewtonSchulzError() < 1e-10);
        PolarCase rankDeficient = r.cases().get(2);
        assertEquals(1, rankDeficient.rank());
        assertEquals(4, r.cases().get(3).rank(), "centred 5 x 12 rows have rank 4");
        assertEquals(5, r.table().rowCount());
        assertEquals(5, r.convergenceFigure().getTraces().length);
    }

    @Test
    void misuseIsRejected() {
        DMatrixRMaj m = new Rng(2).gaussian(3, 3);
        assertThrows(IllegalArgumentException.class, () -> NewtonSchulz.polar(m, 0, 1e-10, null));
        assertThrows(IllegalArgumentException.class, () -> NewtonSchulz.polar(m, 10, -1, null));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PolarCheck.run(4, 3, new double[] {0.5}, List.of(), 0L))
                .getMessage().contains("0.5"));
        assertThrows(IllegalArgumentException.class, () -> PolarCheck.run(0, 3, new double[] {2}, List.of(), 0L));
    }
}
