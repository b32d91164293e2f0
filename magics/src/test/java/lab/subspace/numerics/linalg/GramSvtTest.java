package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class GramSvtTest {

    @Test
    void agreesWithTheSvdPathOnWideTallAndSquareMatrices() {
        Rng rng = new Rng(3);
        int[][] shapes = {{20, 35}, {35, 20}, {25, 25}, {1, 8}, {8, 1}};
        for (int[] s : shapes) {
            DMatrixRMaj a = rng.gaussian(s[0], s[1]);
            double[] sv = Spectra.singularValues(a);
            for (double tau : new double[] {0.3 * sv[0], 0.9 * sv[sv.length - 1], 0.5 * sv[sv.length / 2]}) {
                Svt expected = Shrinkage.svt(a, tau);
                Svt fast = GramSvt.svt(a, tau);
                String where = s[0] + " x " + s[1] + " at tau " + tau;
                assertEquals(expected.rank(), fast.rank(), where);
                assertTrue(TestMatrices.maxAbsDiff(expected.value(), fast.value()) < 1e-9 * sv[0], where);
                assertArrayEquals(expected.singularValues(), fast.singularValues(), 1e-9 * sv[0], where);
                assertEquals(expected.nuclearNorm(), fast.nuclearNorm(), 1e-9 * sv[0], where);
            }
        }
    }

    @Test
    void shrinksKnownSingularValues() {
        DMatrixRMaj a = TestMatrices.withSingularValues(30, 12, new double[] {5, 3, 1}, 7);
        Svt z = GramSvt.svt(a, 2);
        assertEquals(2, z.rank());
        assertArrayEquals(new double[] {3, 1}, z.singularValues(), 1e-10);
        double[] s = Spectra.spectrum(z.value(), Spectra.Method.SVD).values();
        assertEquals(3, s[0], 1e-9);
        assertEquals(1, s[1], 1e-9);
        assertEquals(0, s[2], 1e-9);
    }

    @Test
    void limits() {
        DMatrixRMaj a = new Rng(1).gaussian(6, 9);
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(GramSvt.svt(a, 1e6).value()));
        assertEquals(0, GramSvt.svt(a, 1e6).rank());
        assertTrue(TestMatrices.maxAbsDiff(a, GramSvt.svt(a, 0).value()) < 1e-12, "tau = 0 is the identity");
        // a threshold far below s_1 falls back to the SVD and stays accurate
        DMatrixRMaj b = TestMatrices.withSingularValues(10, 15, new double[] {1e3, 1e-4}, 2);
        Svt z = GramSvt.svt(b, 1e-5);
        assertEquals(2, z.rank());
        assertEquals(1e-4 - 1e-5, z.singularValues()[1], 1e-12);
        assertEquals(0, GramSvt.svt(new DMatrixRMaj(0, 4), 1).rank());
    }

    @Test
    void rejectsBadThresholdsAndEntries() {
        DMatrixRMaj a = new DMatrixRMaj(2, 2, true, 1, 2, 3, 4);
        assertThrows(IllegalArgumentException.class, () -> GramSvt.svt(a, -1));
        assertThrows(IllegalArgumentException.class, () -> GramSvt.svt(a, Double.NaN));
        a.set(1, 0, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GramSvt.svt(a, 0.5));
        assertTrue(e.getMessage().contains("NaN"), e.getMessage());
    }
}
