package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class ProductsTest {

    @Test
    void agreeWithEjmlOnOddAndLargeShapes() {
        Rng rng = new Rng(1);
        int[][] shapes = {{1, 1, 1}, {3, 7, 5}, {130, 131, 9}, {2000, 64, 70}, {0, 3, 4}, {4, 0, 3}};
        for (int[] s : shapes) {
            DMatrixRMaj a = rng.gaussian(s[0], s[1]);
            DMatrixRMaj b = rng.gaussian(s[1], s[2]);
            DMatrixRMaj c = Products.mult(a, b, null);
            assertTrue(TestMatrices.maxAbsDiff(c, CommonOps_DDRM.mult(a, b, null)) < 1e-12, s[0] + "x" + s[1] + "x" + s[2]);
            DMatrixRMaj at = CommonOps_DDRM.transpose(a, null);
            assertTrue(TestMatrices.maxAbsDiff(Products.multTransA(at, b, null), c) < 1e-12);
            DMatrixRMaj bt = CommonOps_DDRM.transpose(b, null);
            assertTrue(TestMatrices.maxAbsDiff(Products.multTransB(a, bt, new DMatrixRMaj(1, 1)), c) < 1e-12);
        }
    }

    @Test
    void validatesShapesAndAliasing() {
        DMatrixRMaj a = new DMatrixRMaj(2, 3);
        assertEquals("cannot multiply A (2 x 3) by B (2 x 3): inner dimensions differ",
                assertThrows(IllegalArgumentException.class, () -> Products.mult(a, a, null)).getMessage());
        DMatrixRMaj sq = new DMatrixRMaj(2, 2);
        assertThrows(IllegalArgumentException.class, () -> Products.mult(sq, sq, sq));
        assertThrows(IllegalArgumentException.class, () -> Products.multTransA(a, new DMatrixRMaj(3, 2), null));
        assertThrows(IllegalArgumentException.class, () -> Products.multTransB(a, sq, null));
    }
}
