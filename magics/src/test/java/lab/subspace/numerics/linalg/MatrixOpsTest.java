package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

/** Shrinkage, Spd, Softmax, Centering and RowOps. */
class MatrixOpsTest {

    @Test
    void softThresholdingAndSvt() {
        assertEquals(1.5, Shrinkage.soft(2.5, 1));
        assertEquals(-0.5, Shrinkage.soft(-1.5, 1));
        assertEquals(0.0, Shrinkage.soft(0.3, 1));
        assertArrayEquals(new double[] {0, 1, -2}, Shrinkage.soft(new DMatrixRMaj(1, 3, true, 0.5, 2, -3), 1).data);
        DMatrixRMaj a = TestMatrices.withSingularValues(8, 6, new double[] {5, 3, 1}, 3);
        Svt z = Shrinkage.svt(a, 2);
        assertEquals(2, z.rank());
        assertEquals(4, z.nuclearNorm(), 1e-12);
        assertArrayEquals(new double[] {3, 1, 0}, java.util.Arrays.copyOf(Spectra.svd(z.value()).s(), 3), 1e-12);
        assertArrayEquals(new double[] {3, 1}, z.singularValues(), 1e-12);
        // same singular vectors: Z = A - (2 on the top two, 1 on the third)
        assertEquals(0, Shrinkage.svt(a, 10).rank());
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(Shrinkage.svt(a, 10).value()));
        assertThrows(IllegalArgumentException.class, () -> Shrinkage.svt(a, -1));
    }

    @Test
    void spdSquareRootsAndPowers() {
        DMatrixRMaj g = new Rng(1).gaussian(6, 4);
        DMatrixRMaj a = CommonOps_DDRM.multTransA(g, g, null); // 4 x 4 SPD
        DMatrixRMaj r = Spd.sqrt(a);
        assertTrue(TestMatrices.maxAbsDiff(CommonOps_DDRM.mult(r, r, null), a) < 1e-10);
        DMatrixRMaj w = Spd.inverseSqrt(a);
        DMatrixRMaj wa = CommonOps_DDRM.mult(w, CommonOps_DDRM.mult(a, w, null), null);
        assertTrue(TestMatrices.maxAbsDiff(wa, CommonOps_DDRM.identity(4)) < 1e-10);
        assertTrue(TestMatrices.maxAbsDiff(Spd.power(a, 1), a) < 1e-10);
        assertTrue(TestMatrices.maxAbsDiff(Spd.power(a, -0.5), w) < 1e-10);
        SymmetricEigen e = Spd.eigen(a);
        assertTrue(e.values()[0] <= e.values()[3]);

        DMatrixRMaj singular = new DMatrixRMaj(new double[][] {{1, 1}, {1, 1}});
        assertTrue(TestMatrices.maxAbsDiff(Spd.sqrt(singular),
                new DMatrixRMaj(new double[][] {{0.5 * Math.sqrt(2), 0.5 * Math.sqrt(2)}, {0.5 * Math.sqrt(2), 0.5 * Math.sqrt(2)}})) < 1e-12);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Spd.inverseSqrt(singular))
                .getMessage().startsWith("A is not positive definite"));
        DMatrixRMaj floored = Spd.inverseSqrt(singular, 1e-2);
        assertEquals(0.5 * (1 / Math.sqrt(2) + 10), floored.get(0, 0), 1e-10);
        assertEquals("A is not symmetric: A[0, 1] = 2.0 but A[1, 0] = 0.0", assertThrows(IllegalArgumentException.class,
                () -> Spd.sqrt(new DMatrixRMaj(new double[][] {{1, 2}, {0, 1}}))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Spd.sqrt(new DMatrixRMaj(new double[][] {{1, 0}, {0, -1}}))).getMessage()
                .contains("not positive semidefinite"));
    }

    @Test
    void logSumExpAndSoftmaxAreOverflowFree() {
        assertEquals(1000 + Math.log(2), Softmax.logSumExp(new double[] {1000, 1000}), 1e-12);
        assertEquals(-1000 + Math.log(2), Softmax.logSumExp(new double[] {-1000, -1000}), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, Softmax.logSumExp(new double[0]));
        assertEquals(0.0, Softmax.logSumExp(new double[] {0, Double.NEGATIVE_INFINITY}));
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2, 3}, {800, 800, Double.NEGATIVE_INFINITY}});
        DMatrixRMaj p = Softmax.rows(x);
        assertArrayEquals(new double[] {0.5, 0.5, 0}, RowOps.row(p, 1), 1e-15);
        assertEquals(1, p.get(0, 0) + p.get(0, 1) + p.get(0, 2), 1e-15);
        assertEquals(Math.log(p.get(0, 2)), Softmax.logRows(x).get(0, 2), 1e-14);
        assertArrayEquals(new double[] {3 + Math.log(1 + Math.exp(-1) + Math.exp(-2)), 800 + Math.log(2)},
                Softmax.logSumExpRows(x), 1e-12);
        assertArrayEquals(RowOps.row(p, 0), Softmax.of(new double[] {1, 2, 3}), 1e-15);
    }

    @Test
    void centeringAndRowOps() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{1, 2}, {3, 8}, {5, 2}});
        assertArrayEquals(new double[] {3, 4}, Centering.columnMeans(x), 1e-15);
        assertArrayEquals(new double[] {1.5, 5.5, 3.5}, Centering.rowMeans(x), 1e-15);
        assertArrayEquals(new double[] {0, 0}, Centering.columnMeans(Centering.centerColumns(x)), 1e-15);
        assertArrayEquals(new double[] {0, 0, 0}, Centering.rowMeans(Centering.centerRows(x)), 1e-15);
        assertArrayEquals(new double[] {5, 2, 3, 8}, RowOps.select(x, new int[] {2, 1}).data);
        assertArrayEquals(new double[] {5, 73, 29}, RowOps.squaredNorms(x), 1e-15);
        assertEquals(1, RowOps.norms(RowOps.normalize(x))[1], 1e-15);
        assertEquals("row index 3 at position 0 is outside 0..2", assertThrows(IllegalArgumentException.class,
                () -> RowOps.select(x, new int[] {3})).getMessage());
    }
}
