package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;

/**
 * The identifiability projections. F L^T is unchanged by F -&gt; F A, L -&gt; L A^{-T}, and
 * g(F L^T) by the scale L -&gt; L / s, g(u) -&gt; g(s u). Fixing F^T F / n = I, the root-mean-square
 * index to 1 and L^T L diagonal (descending, signs by the largest entry) leaves a single
 * representative.
 */
final class Normalization {

    private Normalization() {
    }

    /** F &lt;- F G^{-1/2}, L &lt;- L G^{1/2} with G = F^T F / n, so F^T F / n = I and F L^T is kept. */
    static void whiten(DMatrixRMaj f, DMatrixRMaj l) {
        DMatrixRMaj gram = CommonOps_DDRM.multTransA(f, f, null);
        CommonOps_DDRM.scale(1.0 / f.numRows, gram);
        symmetrize(gram);
        double floor = 1e-12 * Math.max(1e-300, CommonOps_DDRM.trace(gram));
        DMatrixRMaj inv = Spd.inverseSqrt(gram, floor);
        DMatrixRMaj root = Spd.sqrt(gram);
        f.setTo(CommonOps_DDRM.mult(f, inv, null));
        l.setTo(CommonOps_DDRM.mult(l, root, null));
    }

    /**
     * Divides L by s = |L|_F / sqrt(p), the root-mean-square index over all entries when
     * F^T F / n = I, and returns s (1 when L is zero).
     */
    static double unitScale(DMatrixRMaj l) {
        double s = Math.sqrt(CommonOps_DDRM.elementSum(CommonOps_DDRM.elementMult(l, l, null)) / l.numRows);
        if (!(s > 0)) {
            return 1;
        }
        CommonOps_DDRM.divide(l, s);
        return s;
    }

    /** F &lt;- F Q, L &lt;- L Q with Q the eigenvectors of L^T L (descending), signs fixed on L. */
    static void rotate(DMatrixRMaj f, DMatrixRMaj l) {
        DMatrixRMaj gram = CommonOps_DDRM.multTransA(l, l, null);
        symmetrize(gram);
        SymmetricEigen e = Spd.eigen(gram);
        int r = gram.numRows;
        DMatrixRMaj q = new DMatrixRMaj(r, r);
        for (int c = 0; c < r; c++) {
            for (int i = 0; i < r; i++) {
                q.unsafe_set(i, c, e.vectors().unsafe_get(i, r - 1 - c));
            }
        }
        DMatrixRMaj lq = CommonOps_DDRM.mult(l, q, null);
        for (int c = 0; c < r; c++) {
            int best = 0;
            for (int i = 1; i < lq.numRows; i++) {
                if (Math.abs(lq.unsafe_get(i, c)) > Math.abs(lq.unsafe_get(best, c))) {
                    best = i;
                }
            }
            if (lq.numRows > 0 && lq.unsafe_get(best, c) < 0) {
                for (int i = 0; i < r; i++) {
                    q.unsafe_set(i, c, -q.unsafe_get(i, c));
                }
            }
        }
        f.setTo(CommonOps_DDRM.mult(f, q, null));
        l.setTo(CommonOps_DDRM.mult(l, q, null));
    }

    private static void symmetrize(DMatrixRMaj a) {
        for (int i = 0; i < a.numRows; i++) {
            for (int j = i + 1; j < a.numCols; j++) {
                double v = (a.unsafe_get(i, j) + a.unsafe_get(j, i)) / 2;
                a.unsafe_set(i, j, v);
                a.unsafe_set(j, i, v);
            }
        }
    }
}
