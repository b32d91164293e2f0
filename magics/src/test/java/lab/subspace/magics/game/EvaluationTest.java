package lab.subspace.magics.game;

import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.numerics.random.Rng;

class EvaluationTest {

    @Test
    void rmsePerGroupAndOverall() {
        DMatrixRMaj truth = new DMatrixRMaj(4, 2);
        DMatrixRMaj est = new DMatrixRMaj(new double[][] {{1, 1}, {1, 1}, {0, 0}, {0, 2}});
        GroupMembership g = GroupMembership.of(4, new int[] {0, 1}, new int[] {2, 3});
        assertArrayEquals(new double[] {1, 1}, Evaluation.rmse(est, truth, g), 1e-12);
        assertEquals(1, Evaluation.rmse(est, truth), 1e-12);
        assertTrue(message(() -> Evaluation.rmse(est, new DMatrixRMaj(3, 2), g)).contains("the estimate is 4 x 2 but the truth is 3 x 2"));
    }

    @Test
    void sinThetaIsZeroForTheTruthAndSqrtROrthogonally() {
        Rng rng = new Rng(4);
        DMatrixRMaj q = rng.orthonormal(10, 4);
        DMatrixRMaj v1 = CommonOps_DDRM.extract(q, 0, 10, 0, 2);
        DMatrixRMaj v2 = CommonOps_DDRM.extract(q, 0, 10, 2, 4);
        DMatrixRMaj x = new DMatrixRMaj(12, 10);
        CommonOps_DDRM.insert(CommonOps_DDRM.multTransB(rng.gaussian(6, 2), v1, null), x, 0, 0);
        CommonOps_DDRM.insert(CommonOps_DDRM.multTransB(rng.gaussian(6, 2), v2, null), x, 6, 0);
        GroupMembership g = GroupMembership.chain(12, 2, 0);
        assertArrayEquals(new double[] {0, 0}, Evaluation.sinTheta(x, g, List.of(v1, v2)), 1e-7);
        assertArrayEquals(new double[] {Math.sqrt(2), Math.sqrt(2)}, Evaluation.sinTheta(x, g, List.of(v2, v1)), 1e-7);
        List<DMatrixRMaj> bases = Evaluation.bases(x, g, null);
        assertEquals(2, bases.get(0).numCols);
        assertArrayEquals(new double[] {0, 0}, Evaluation.sinTheta(x, g, bases), 1e-7);
        assertEquals(1, Evaluation.bases(x, g, new int[] {1}).get(1).numCols);
        assertTrue(message(() -> Evaluation.sinTheta(x, g, List.of(v1))).contains("1 true bases for 2 groups"));
    }

    @Test
    void heldOutRmseCountsOnlyHeldOutEntries() {
        double n = Double.NaN;
        MaskedMatrix test = lab.subspace.data.Matrices.masked("T", new DMatrixRMaj(new double[][] {{1, n}, {n, n}, {n, 3}}));
        DMatrixRMaj est = new DMatrixRMaj(new double[][] {{2, 50}, {50, 50}, {50, 1}});
        GroupMembership g = GroupMembership.of(3, new int[] {0}, new int[] {1}, new int[] {1, 2});
        double[] r = Evaluation.heldOutRmse(est, test, g);
        assertEquals(1, r[0], 1e-12);
        assertTrue(Double.isNaN(r[1]));
        assertEquals(2, r[2], 1e-12);
        assertEquals(Math.sqrt(2.5), r[3], 1e-12);
        assertEquals(1.5, Comparison.groupAverage(r), 1e-12);
    }

    @Test
    void holdoutSplitsTheObservedEntries() {
        MaskedMatrix y = GameTest.sampled(new Rng(1).gaussian(30, 20), 0.5, 2);
        Holdout h = Holdout.split(y, 0.2, 3);
        assertEquals(y.observed(), h.train().observed() + h.test().observed());
        for (int k = 0; k < y.mask().data.length; k++) {
            assertEquals(y.mask().data[k], h.train().mask().data[k] + h.test().mask().data[k]);
        }
        assertEquals(0.2, h.test().observed() / (double) y.observed(), 0.06);
        assertArrayEquals(h.test().mask().data, Holdout.split(y, 0.2, 3).test().mask().data, 0);
        assertTrue(message(() -> Holdout.split(y, 1, 3)).contains("held-out fraction"));
    }
}
