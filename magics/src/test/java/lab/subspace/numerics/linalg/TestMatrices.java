package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.random.Rng;

/** Matrices with known singular values for the linalg tests. */
final class TestMatrices {

    private TestMatrices() {
    }

    /** U diag(s) V^T with Haar U (d x k) and V (n x k). */
    static DMatrixRMaj withSingularValues(int d, int n, double[] s, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj u = rng.orthonormal(d, s.length);
        DMatrixRMaj v = rng.orthonormal(n, s.length);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < s.length; j++) {
                u.set(i, j, u.get(i, j) * s[j]);
            }
        }
        return CommonOps_DDRM.multTransB(u, v, null);
    }

    static double maxAbsDiff(DMatrixRMaj a, DMatrixRMaj b) {
        double m = 0;
        for (int k = 0; k < a.getNumElements(); k++) {
            m = Math.max(m, Math.abs(a.data[k] - b.data[k]));
        }
        return m;
    }
}
