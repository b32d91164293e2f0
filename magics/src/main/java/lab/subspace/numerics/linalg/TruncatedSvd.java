package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The leading k singular triplets of a d x n matrix A ~ U diag(s) V^T.
 *
 * <p>Sign convention (so that results are reproducible across methods): in each column of U
 * the entry of largest magnitude is positive (the first such entry on ties); V follows.
 *
 * @param u d x k, orthonormal columns
 * @param s k singular values, descending; not copied
 * @param v n x k, orthonormal columns
 */
public record TruncatedSvd(DMatrixRMaj u, double[] s, DMatrixRMaj v) {

    public int rank() {
        return s.length;
    }

    /** {@code U diag(s) V^T}, the best rank-k approximation (d x n). */
    public DMatrixRMaj reconstruct() {
        DMatrixRMaj us = u.copy();
        for (int i = 0; i < us.numRows; i++) {
            for (int j = 0; j < s.length; j++) {
                us.unsafe_set(i, j, us.unsafe_get(i, j) * s[j]);
            }
        }
        return CommonOps_DDRM.multTransB(us, v, null);
    }

    /** Column j of U as an array. */
    public double[] leftVector(int j) {
        return column(u, j);
    }

    /** Column j of V as an array. */
    public double[] rightVector(int j) {
        return column(v, j);
    }

    private static double[] column(DMatrixRMaj m, int j) {
        double[] c = new double[m.numRows];
        for (int i = 0; i < c.length; i++) {
            c[i] = m.unsafe_get(i, j);
        }
        return c;
    }
}
