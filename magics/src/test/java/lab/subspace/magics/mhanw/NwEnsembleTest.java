package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class NwEnsembleTest {

    @Test
    void eachHeadIsNadarayaWatsonOnItsOwnCoordinates() {
        Rng rng = new Rng(1);
        List<DMatrixRMaj> bases = List.of(rng.orthonormal(6, 2), rng.orthonormal(6, 3));
        NwEnsemble e = new NwEnsemble(bases, new double[] {0.7, 1.3});
        DMatrixRMaj x = rng.gaussian(40, 6);
        double[] y = rng.gaussianVector(40);
        DMatrixRMaj q = rng.gaussian(7, 6);
        double[][] perHead = e.headPredictions(x, y, q);
        for (int h = 0; h < 2; h++) {
            double[] direct = NadarayaWatson.estimate(SmoothingKernel.gaussian(e.bandwidths()[h]),
                    CommonOps_DDRM.mult(x, bases.get(h), null), y, CommonOps_DDRM.mult(q, bases.get(h), null));
            assertArrayEquals(direct, perHead[h], 1e-13);
        }
        double[] mean = e.predict(x, y, q);
        for (int j = 0; j < 7; j++) {
            assertEquals((perHead[0][j] + perHead[1][j]) / 2, mean[j], 1e-15);
        }
    }

    @Test
    void rotatingDataAndHeadsTogetherChangesNothing() {
        Rng rng = new Rng(2);
        List<DMatrixRMaj> bases = List.of(rng.orthonormal(5, 2), rng.orthonormal(5, 2), rng.orthonormal(5, 2));
        DMatrixRMaj x = rng.gaussian(30, 5);
        double[] y = rng.gaussianVector(30);
        DMatrixRMaj q = rng.gaussian(4, 5);
        DMatrixRMaj r = rng.orthogonal(5);
        List<DMatrixRMaj> turned = new ArrayList<>();
        for (DMatrixRMaj b : bases) {
            turned.add(CommonOps_DDRM.mult(r, b, null));
        }
        // rows x -> R x, bases Q -> R Q: every projection (R x)^T R Q = x^T Q is unchanged
        double[] before = new NwEnsemble(bases, 0.9).predict(x, y, q);
        double[] after = new NwEnsemble(turned, 0.9).predict(CommonOps_DDRM.multTransB(x, r, null), y, CommonOps_DDRM.multTransB(q, r, null));
        assertArrayEquals(before, after, 1e-12);
        assertEquals(HeadDiversity.index(bases), new NwEnsemble(turned, 0.9).diversity(), 1e-12);
    }

    @Test
    void identicalHeadsAgreeAndHaveNoDiversity() {
        Rng rng = new Rng(3);
        NwEnsemble e = NwEnsemble.identical(rng.orthonormal(4, 2), 3, 0.5);
        double[][] p = e.headPredictions(rng.gaussian(20, 4), rng.gaussianVector(20), rng.gaussian(5, 4));
        assertArrayEquals(p[0], p[2], 0);
        assertEquals(0, e.diversity(), 1e-12);
        assertTrue(Double.isNaN(NwEnsemble.identical(rng.orthonormal(4, 2), 1, 0.5).diversity()));
    }

    @Test
    void misuseIsNamed() {
        Rng rng = new Rng(4);
        DMatrixRMaj q = rng.orthonormal(4, 2);
        assertThrows(IllegalArgumentException.class, () -> new NwEnsemble(List.of(), 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new NwEnsemble(List.of(q, rng.gaussian(4, 2)), 1)).getMessage()
                .contains("head 1"));
        assertThrows(IllegalArgumentException.class, () -> new NwEnsemble(List.of(q), -1));
        assertThrows(IllegalArgumentException.class, () -> new NwEnsemble(List.of(q), new double[] {1, 2}));
        NwEnsemble e = new NwEnsemble(List.of(q), 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> e.predict(rng.gaussian(5, 3), new double[5], rng.gaussian(2, 4)))
                .getMessage().contains("X must have 4 columns"));
        assertThrows(IllegalArgumentException.class, () -> e.predict(rng.gaussian(5, 4), new double[4], rng.gaussian(2, 4)));
    }
}
