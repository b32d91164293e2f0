package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class KrylovEigenTest {

    /** A random sparse symmetric matrix with about {@code perRow} entries per row. */
    private static DMatrixRMaj sparseSymmetric(int n, int perRow, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj a = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < perRow; t++) {
                int j = rng.nextInt(n);
                double v = rng.gaussian();
                a.set(i, j, a.get(i, j) + v);
                a.set(j, i, a.get(j, i) + (i == j ? 0 : v));
            }
        }
        return a;
    }

    private static DMatrixSparseCSC toSparse(DMatrixRMaj a) {
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(a.numRows, a.numCols, 16);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                if (a.get(i, j) != 0) {
                    t.addItem(i, j, a.get(i, j));
                }
            }
        }
        return DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
    }

    private static void assertMatchesFullDecomposition(DMatrixRMaj a, TopEigenpairs top, double tol) {
        SymmetricEigen full = Spd.eigen(a);
        int n = a.numRows;
        for (int j = 0; j < top.k(); j++) {
            double expected = full.values()[n - 1 - j];
            assertEquals(expected, top.values()[j], tol * Math.abs(full.values()[n - 1]), "eigenvalue " + j);
            // A v = lambda v
            double res = 0;
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int c = 0; c < n; c++) {
                    s += a.get(i, c) * top.vectors().get(c, j);
                }
                res = Math.max(res, Math.abs(s - top.values()[j] * top.vectors().get(i, j)));
            }
            assertTrue(res < 1e-6, "residual of pair " + j + " is " + res);
        }
    }

    @Test
    void sparseAndDensePathsAgreeWithTheFullDecomposition() {
        DMatrixRMaj a = sparseSymmetric(240, 6, 1);
        TopEigenpairs sparse = KrylovEigen.largest(toSparse(a), 8, 3);
        assertTrue(sparse.converged());
        assertMatchesFullDecomposition(a, sparse, 1e-9);
        TopEigenpairs dense = KrylovEigen.largest(a, 8, 3);
        assertMatchesFullDecomposition(a, dense, 1e-9);
        DMatrixRMaj small = sparseSymmetric(60, 4, 2);
        assertMatchesFullDecomposition(small, KrylovEigen.largest(small, 5, 1), 1e-12);
    }

    @Test
    void repeatedEigenvaluesAreFoundWithAllTheirCopies() {
        // five disjoint copies of the same path graph: every eigenvalue has multiplicity 5
        int blocks = 5;
        int size = 60;
        DMatrixRMaj a = new DMatrixRMaj(blocks * size, blocks * size);
        for (int b = 0; b < blocks; b++) {
            for (int i = 0; i + 1 < size; i++) {
                a.set(b * size + i, b * size + i + 1, 1);
                a.set(b * size + i + 1, b * size + i, 1);
            }
        }
        TopEigenpairs top = KrylovEigen.largest(toSparse(a), 6, 5);
        double lambda1 = 2 * Math.cos(Math.PI / (size + 1)); // largest eigenvalue of a path of 60 nodes
        for (int j = 0; j < blocks; j++) {
            assertEquals(lambda1, top.values()[j], 1e-8, "copy " + j);
        }
        assertEquals(2 * Math.cos(2 * Math.PI / (size + 1)), top.values()[5], 1e-8);
        // the five eigenvectors are orthonormal
        for (int i = 0; i < blocks; i++) {
            for (int j = 0; j < blocks; j++) {
                double dot = 0;
                for (int r = 0; r < a.numRows; r++) {
                    dot += top.vectors().get(r, i) * top.vectors().get(r, j);
                }
                assertEquals(i == j ? 1 : 0, dot, 1e-8);
            }
        }
    }

    @Test
    void sameSeedSameVectorsAndSignConvention() {
        DMatrixSparseCSC a = toSparse(sparseSymmetric(300, 5, 4));
        TopEigenpairs x = KrylovEigen.largest(a, 4, 9);
        TopEigenpairs y = KrylovEigen.largest(a, 4, 9);
        assertEquals(0, org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(x.vectors(), y.vectors(), 0) ? 0 : 1);
        for (int j = 0; j < 4; j++) {
            int big = 0;
            for (int i = 0; i < 300; i++) {
                if (Math.abs(x.vectors().get(i, j)) > Math.abs(x.vectors().get(big, j))) {
                    big = i;
                }
            }
            assertTrue(x.vectors().get(big, j) > 0);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        DMatrixRMaj a = sparseSymmetric(20, 2, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KrylovEigen.largest(a, 0, 1)).getMessage().contains("k must be"));
        assertThrows(IllegalArgumentException.class, () -> KrylovEigen.largest(a, 21, 1));
        assertThrows(IllegalArgumentException.class, () -> KrylovEigen.largest(new DMatrixSparseCSC(3, 4, 0), 1, 1));
        DMatrixRMaj asym = a.copy();
        asym.set(0, 1, asym.get(0, 1) + 1);
        assertThrows(IllegalArgumentException.class, () -> KrylovEigen.largest(asym, 2, 1));
    }
}
