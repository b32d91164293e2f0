package lab.subspace.magics.audit;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.random.Rng;

/** Matrices with planted singular values for the audit tests. */
final class Planted {

    private Planted() {
    }

    /** U diag(s) V^T (n x d) with Haar U (n x k) and V (d x k). */
    static DMatrixRMaj withSingularValues(int n, int d, double[] s, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj u = rng.orthonormal(n, s.length);
        DMatrixRMaj v = rng.orthonormal(d, s.length);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < s.length; j++) {
                u.set(i, j, u.get(i, j) * s[j]);
            }
        }
        return CommonOps_DDRM.multTransB(u, v, null);
    }

    /** An n x d matrix with s_i on the diagonal (exact singular values). */
    static DMatrixRMaj diagonal(int n, int d, double... s) {
        DMatrixRMaj m = new DMatrixRMaj(n, d);
        for (int i = 0; i < s.length; i++) {
            m.set(i, i, s[i]);
        }
        return m;
    }

    static double[] range(int k, double top, double decay) {
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = top * Math.pow(decay, i);
        }
        return s;
    }
}
