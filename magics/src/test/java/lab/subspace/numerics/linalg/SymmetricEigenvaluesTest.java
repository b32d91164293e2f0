package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class SymmetricEigenvaluesTest {

    @Test
    void knownSpectrumIsRecovered() {
        int n = 300;
        DMatrixRMaj q = new Rng(1).orthogonal(n);
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = (i % 7 == 0 ? -1 : 1) * Math.pow(0.97, i) * 10; // indefinite, with near-repeats
        }
        DMatrixRMaj ql = q.copy();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                ql.set(i, j, ql.get(i, j) * lambda[j]);
            }
        }
        DMatrixRMaj a = CommonOps_DDRM.multTransB(ql, q, null);
        double[] expected = lambda.clone();
        Arrays.sort(expected);
        reverse(expected);
        assertArrayEquals(expected, SymmetricEigenvalues.of(a), 1e-11 * 10);
    }

    @Test
    void agreesWithEjmlAndLeavesTheInputAlone() {
        Rng rng = new Rng(2);
        for (int n : new int[] {2, 3, 17, 64, 200}) {
            DMatrixRMaj g = Gram.ofColumns(rng.gaussian(2 * n + 5, n));
            DMatrixRMaj copy = g.copy();
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
            eig.decompose(g.copy());
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                expected[i] = eig.getEigenvalue(i).real;
            }
            Arrays.sort(expected);
            reverse(expected);
            double[] got = SymmetricEigenvalues.of(g);
            for (int i = 0; i < n; i++) {
                assertEquals(expected[i], got[i], 1e-12 * expected[0], "n = " + n + ", i = " + i);
            }
            assertArrayEquals(copy.data, g.data, 0);
        }
    }

    @Test
    void parallelAndSequentialGiveTheSameBits() {
        int n = SymmetricEigenvalues.PARALLEL_SIZE + 40; // the trailing blocks of the first 40 steps are reduced in parallel
        DMatrixRMaj g = Gram.ofColumns(new Rng(3).gaussian(n + 7, n));
        assertArrayEquals(SymmetricEigenvalues.of(g, false), SymmetricEigenvalues.of(g, true), 0);
    }

    @Test
    void degenerateInputs() {
        assertArrayEquals(new double[0], SymmetricEigenvalues.of(new DMatrixRMaj(0, 0)), 0);
        assertArrayEquals(new double[] {-2}, SymmetricEigenvalues.of(new DMatrixRMaj(1, 1, true, -2)), 0);
        assertArrayEquals(new double[] {0, 0, 0}, SymmetricEigenvalues.of(new DMatrixRMaj(3, 3)), 0);
        // already tridiagonal / diagonal: columns with zero tails are skipped
        DMatrixRMaj diag = CommonOps_DDRM.diag(3, -1, 2);
        assertArrayEquals(new double[] {3, 2, -1}, SymmetricEigenvalues.of(diag), 1e-15);
        assertEquals("A must be square but is 2 x 3",
                assertThrows(IllegalArgumentException.class, () -> SymmetricEigenvalues.of(new DMatrixRMaj(2, 3))).getMessage());
    }

    private static void reverse(double[] v) {
        for (int i = 0, j = v.length - 1; i < j; i++, j--) {
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }
}
