package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class GramTest {

    @Test
    void matchesEjmlProductsOnOddShapes() {
        Rng rng = new Rng(1);
        int[][] shapes = {{37, 23}, {300, 70}, {5, 130}, {1, 1}, {9, 0}, {0, 4}};
        for (int[] s : shapes) {
            DMatrixRMaj a = rng.gaussian(s[0], s[1]);
            DMatrixRMaj g = Gram.ofColumns(a);
            DMatrixRMaj ref = CommonOps_DDRM.multTransA(a, a, null);
            assertTrue(TestMatrices.maxAbsDiff(g, ref) < 1e-10 * (1 + s[0]), s[0] + "x" + s[1]);
            DMatrixRMaj r = Gram.ofRows(a);
            DMatrixRMaj refR = CommonOps_DDRM.multTransB(a, a, null);
            assertEquals(s[0], r.numRows);
            assertTrue(TestMatrices.maxAbsDiff(r, refR) < 1e-10 * (1 + s[1]), s[0] + "x" + s[1]);
        }
    }

    @Test
    void blockedKernelMatchesMultTransAInBothOrientations() {
        Rng rng = new Rng(3);
        // tall (n << d: A^T A is the small one) and wide (d << n: A A^T), row counts that are not
        // multiples of four, column counts that are not multiples of the 32-row block
        int[][] shapes = {{37, 13}, {1, 5}, {5, 1}, {513, 300}, {2003, 7}, {7, 2003}, {1029, 65}, {65, 1029}};
        for (int[] s : shapes) {
            DMatrixRMaj a = rng.gaussian(s[0], s[1]);
            String shape = s[0] + "x" + s[1];
            DMatrixRMaj cols = Gram.ofColumns(a);
            assertEquals(s[1], cols.numRows, shape);
            assertTrue(TestMatrices.maxAbsDiff(cols, CommonOps_DDRM.multTransA(a, a, null)) < 1e-12 * (1 + s[0]), shape);
            DMatrixRMaj rows = Gram.ofRows(a);
            assertEquals(s[0], rows.numRows, shape);
            assertTrue(TestMatrices.maxAbsDiff(rows, CommonOps_DDRM.multTransB(a, a, null)) < 1e-12 * (1 + s[1]), shape);
        }
    }

    @Test
    void parallelAndSequentialGiveTheSameBits() {
        DMatrixRMaj a = new Rng(4).gaussian(1001, 150);
        DMatrixRMaj parallel = Gram.ofColumns(a, new DMatrixRMaj(1, 1), true);
        DMatrixRMaj sequential = Gram.ofColumns(a, new DMatrixRMaj(1, 1), false);
        assertArrayEquals(sequential.data, parallel.data, 0);
    }

    @Test
    void resultIsExactlySymmetricAndOutputIsReused() {
        DMatrixRMaj a = new Rng(2).gaussian(100, 40);
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        DMatrixRMaj g = Gram.ofColumns(a, out);
        assertEquals(out, g);
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 40; j++) {
                assertEquals(g.get(i, j), g.get(j, i));
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Gram.ofColumns(a, a));
    }
}
