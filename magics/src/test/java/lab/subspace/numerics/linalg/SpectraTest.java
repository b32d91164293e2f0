package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class SpectraTest {

    /** Relative agreement the Gram path must reach on well-conditioned matrices. */
    private static final double GRAM_VS_SVD = 1e-9;

    @Test
    void recoversKnownSingularValuesWithBothMethods() {
        double[] s = {10, 5, 2, 1, 0.5};
        DMatrixRMaj tall = TestMatrices.withSingularValues(200, 5, s, 1);
        for (Spectra.Method m : Spectra.Method.values()) {
            assertArrayEquals(s, Spectra.spectrum(tall, m).values(), 1e-11, m.name());
        }
        DMatrixRMaj wide = TestMatrices.withSingularValues(5, 300, s, 2);
        assertEquals(Spectra.Method.GRAM, Spectra.spectrum(wide).method());
        assertArrayEquals(s, Spectra.singularValues(wide), 1e-11);
        DMatrixRMaj square = new Rng(3).gaussian(20, 20);
        assertEquals(Spectra.Method.SVD, Spectra.spectrum(square).method());
    }

    @Test
    void gramPathAgreesWithSvdOnRandomMatrices() {
        Rng rng = new Rng(4);
        for (int[] shape : new int[][] {{400, 50}, {40, 333}, {129, 64}}) {
            DMatrixRMaj a = rng.gaussian(shape[0], shape[1]);
            double[] g = Spectra.spectrum(a, Spectra.Method.GRAM).values();
            double[] v = Spectra.spectrum(a, Spectra.Method.SVD).values();
            assertEquals(v.length, g.length);
            for (int i = 0; i < v.length; i++) {
                assertEquals(v[i], g[i], GRAM_VS_SVD * v[i], "s_" + i + " of " + shape[0] + "x" + shape[1]);
            }
        }
    }

    @Test
    void energyRankCumulativeEnergyAndStableRank() {
        double[] s = {1, 3, 2}; // unsorted on purpose: energies 9, 4, 1 of 14
        assertEquals(3, Spectra.energyRank(s, 0.05)); // 13 < 13.3
        assertEquals(2, Spectra.energyRank(s, 0.1));  // 13 >= 12.6
        assertEquals(1, Spectra.energyRank(s, 0.4));  // 9 >= 8.4
        assertEquals(3, Spectra.energyRank(s, 0));
        assertArrayEquals(new double[] {9 / 14.0, 13 / 14.0, 1}, Spectra.cumulativeEnergy(s), 1e-15);
        assertEquals(14 / 9.0, Spectra.stableRank(s), 1e-15);
        assertEquals(0, Spectra.energyRank(new double[3], 0.05));
        assertEquals(0, Spectra.stableRank(new double[3]));
        assertEquals("eps must be in [0, 1) but is 1.0",
                assertThrows(IllegalArgumentException.class, () -> Spectra.energyRank(s, 1)).getMessage());
        // exactly rank 4 energy profile: rank_eps(0) = numerical rank
        DMatrixRMaj a = TestMatrices.withSingularValues(300, 40, new double[] {4, 3, 2, 1}, 5);
        Spectrum sp = Spectra.spectrum(a);
        assertEquals(4, sp.energyRank(1e-12));
        assertEquals(4, sp.numericalRank());
        assertEquals(30, sp.totalEnergy(), 1e-10);
        assertEquals(4, Spectra.spectrum(a, Spectra.Method.SVD).numericalRank());
    }

    @Test
    void topVectorsAreSingularTripletsAndBothPathsAgree() {
        DMatrixRMaj a = new Rng(6).gaussian(500, 40);
        TruncatedSvd gram = Spectra.top(a, 3);
        TruncatedSvd svd = Spectra.svd(a);
        for (int j = 0; j < 3; j++) {
            assertEquals(svd.s()[j], gram.s()[j], 1e-9 * svd.s()[j]);
            // A v = s u
            DMatrixRMaj av = CommonOps_DDRM.mult(a, column(gram.v(), j), null);
            for (int i = 0; i < a.numRows; i++) {
                assertEquals(gram.s()[j] * gram.u().get(i, j), av.get(i), 1e-9);
                assertEquals(svd.u().get(i, j), gram.u().get(i, j), 1e-8);
            }
        }
        DMatrixRMaj utu = CommonOps_DDRM.multTransA(gram.u(), gram.u(), null);
        assertTrue(TestMatrices.maxAbsDiff(utu, CommonOps_DDRM.identity(3)) < 1e-10);
        // wide input goes through A A^T
        DMatrixRMaj w = new Rng(7).gaussian(30, 400);
        TruncatedSvd tw = Spectra.top(w, 2);
        TruncatedSvd sw = Spectra.svd(w);
        assertEquals(sw.s()[1], tw.s()[1], 1e-9 * sw.s()[1]);
        assertEquals(sw.v().get(17, 1), tw.v().get(17, 1), 1e-8);
        assertThrows(IllegalArgumentException.class, () -> Spectra.top(w, 31));
    }

    @Test
    void truncatedReconstructionIsTheBestLowRankApproximation() {
        double[] s = {6, 4, 1e-6};
        DMatrixRMaj a = TestMatrices.withSingularValues(120, 10, s, 8);
        TruncatedSvd t = Spectra.top(a, 2);
        DMatrixRMaj diff = t.reconstruct();
        CommonOps_DDRM.subtract(a, diff, diff);
        assertEquals(1e-6, org.ejml.dense.row.NormOps_DDRM.normF(diff), 1e-9);
        // a tiny s_k makes Gram vectors inaccurate: the SVD path must be taken and still be right
        TruncatedSvd all = Spectra.top(a, 3);
        assertEquals(1e-6, all.s()[2], 1e-12);
        assertEquals(10, all.rightVector(0).length);
        assertEquals(120, all.leftVector(2).length);
    }

    @Test
    void rejectsNonFiniteInput() {
        DMatrixRMaj a = new DMatrixRMaj(3, 2);
        a.set(2, 1, Double.NaN);
        assertEquals("matrix contains NaN at (2, 1)",
                assertThrows(IllegalArgumentException.class, () -> Spectra.spectrum(a)).getMessage());
    }

    private static DMatrixRMaj column(DMatrixRMaj m, int j) {
        return CommonOps_DDRM.extract(m, 0, m.numRows, j, j + 1);
    }
}
