package lab.subspace.magics.mhanw;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Softmax;

/**
 * Scaled dot-product attention in matrix form, the way a transformer computes it: one head is
 * {@code softmax(Q K^T / sqrt(d_k)) V}; multi-head attention concatenates H heads and applies W_O.
 * Rows are tokens. This is the reference the Nadaraya-Watson form is checked against
 * ({@link AttentionIdentity}).
 *
 * <pre>{@code
 * DMatrixRMaj out = Attention.head(Q, K, V);                              // m x d_v
 * DMatrixRMaj mha = Attention.multiHead(Xq, Xkv, Wq, Wk, Wv, Wo);          // lists of per-head d x d_k maps
 * }</pre>
 */
public final class Attention {

    private Attention() {
    }

    /** One head: softmax(Q K^T / sqrt(d_k)) V, with Q m x d_k, K n x d_k, V n x d_v. */
    public static DMatrixRMaj head(DMatrixRMaj q, DMatrixRMaj k, DMatrixRMaj v) {
        Matrices.requireSameColumns("Q", q, "K", k);
        Matrices.requireSameRows("K", k, "V", v);
        DMatrixRMaj scores = CommonOps_DDRM.multTransB(q, k, null);
        CommonOps_DDRM.scale(1 / Math.sqrt(q.numCols), scores);
        Softmax.rowsInPlace(scores);
        return CommonOps_DDRM.mult(scores, v, null);
    }

    /**
     * Multi-head attention: concat_h head(Xq W_Q^h, Xkv W_K^h, Xkv W_V^h) W_O.
     *
     * @param queries m x d tokens that attend
     * @param keys    n x d tokens attended to (keys and values come from them)
     * @param wq      H matrices d x d_k
     * @param wk      H matrices d x d_k
     * @param wv      H matrices d x d_v
     * @param wo      (H d_v) x d_out output projection
     */
    public static DMatrixRMaj multiHead(DMatrixRMaj queries, DMatrixRMaj keys, List<DMatrixRMaj> wq, List<DMatrixRMaj> wk,
            List<DMatrixRMaj> wv, DMatrixRMaj wo) {
        int heads = wq.size();
        if (heads == 0 || wk.size() != heads || wv.size() != heads) {
            throw new IllegalArgumentException("need as many W_Q, W_K and W_V matrices, at least one, but got " + wq.size()
                    + ", " + wk.size() + " and " + wv.size());
        }
        int dv = wv.get(0).numCols;
        Matrices.requireRows("W_O", wo, heads * dv);
        DMatrixRMaj concat = new DMatrixRMaj(queries.numRows, heads * dv);
        for (int h = 0; h < heads; h++) {
            Matrices.requireCols("W_V of head " + h, wv.get(h), dv);
            DMatrixRMaj out = head(CommonOps_DDRM.mult(queries, wq.get(h), null), CommonOps_DDRM.mult(keys, wk.get(h), null),
                    CommonOps_DDRM.mult(keys, wv.get(h), null));
            CommonOps_DDRM.insert(out, concat, 0, h * dv);
        }
        return CommonOps_DDRM.mult(concat, wo, null);
    }
}
