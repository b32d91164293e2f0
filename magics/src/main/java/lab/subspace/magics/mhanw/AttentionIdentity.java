package lab.subspace.magics.mhanw;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Softmax;
import lab.subspace.numerics.random.Rng;

/**
 * Numerical check of the algebraic identities behind "Multi-Head Attention as Ensemble
 * Nadaraya-Watson Estimation": on random tokens and projections, each attention output computed
 * the transformer's way ({@link Attention}, matrix softmax) is compared with the same quantity
 * computed as Nadaraya-Watson kernel sums ({@link NadarayaWatson}, one query at a time):
 * <ol>
 *   <li>one head = NW with the kernel exp(&lt;q, k&gt; / sqrt(d_k)) on projected queries and keys;</li>
 *   <li>NW with a Gaussian kernel = attention with scores &lt;q, k&gt; / b^2 - |k|^2 / (2 b^2);</li>
 *   <li>multi-head attention = a sum of H NW estimators, head h smoothing the values X W_V^h W_O^h;</li>
 *   <li>with W_O = [I/H; ...; I/H] it is the plain ensemble mean of the H heads' NW estimates.</li>
 * </ol>
 *
 * <pre>{@code
 * IdentityReport r = AttentionIdentity.check(64, 256, 32, 4, 8, 7L);
 * r.maxDifference();   // ~1e-16
 * }</pre>
 */
public final class AttentionIdentity {

    /** Gaussian bandwidth used in identity 2. */
    static final double BANDWIDTH = 1.5;

    private AttentionIdentity() {
    }

    /**
     * @param queries number of query tokens m
     * @param keys    number of key tokens n
     * @param dModel  token dimension d
     * @param heads   H
     * @param headDim d_k (= d_v)
     * @param seed    random seed for tokens and projections
     */
    public static IdentityReport check(int queries, int keys, int dModel, int heads, int headDim, long seed) {
        if (queries < 1 || keys < 1 || dModel < 1 || heads < 1 || headDim < 1) {
            throw new IllegalArgumentException("queries, keys, d_model, heads and d_k must be positive but are " + queries + ", "
                    + keys + ", " + dModel + ", " + heads + ", " + headDim);
        }
        Rng rng = new Rng(seed);
        DMatrixRMaj xq = rng.gaussian(queries, dModel);
        DMatrixRMaj xk = rng.gaussian(keys, dModel);
        double scale = 1 / Math.sqrt(dModel);
        List<DMatrixRMaj> wq = new ArrayList<>();
        List<DMatrixRMaj> wk = new ArrayList<>();
        List<DMatrixRMaj> wv = new ArrayList<>();
        for (int h = 0; h < heads; h++) {
            wq.add(rng.gaussian(dModel, headDim, scale));
            wk.add(rng.gaussian(dModel, headDim, scale));
            wv.add(rng.gaussian(dModel, headDim, scale));
        }
        DMatrixRMaj wo = rng.gaussian(heads * headDim, dModel, 1 / Math.sqrt(heads * headDim));
        SmoothingKernel dot = SmoothingKernel.exponential(Math.sqrt(headDim));
        List<IdentityReport.Check> checks = new ArrayList<>();

        // 1. one head
        DMatrixRMaj q0 = CommonOps_DDRM.mult(xq, wq.get(0), null);
        DMatrixRMaj k0 = CommonOps_DDRM.mult(xk, wk.get(0), null);
        DMatrixRMaj v0 = CommonOps_DDRM.mult(xk, wv.get(0), null);
        checks.add(IdentityReport.Check.of("one head = Nadaraya-Watson",
                "softmax(Q K^T / sqrt(d_k)) V  vs  sum_i exp(<q, k_i>/sqrt(d_k)) v_i / sum_j exp(<q, k_j>/sqrt(d_k))",
                Attention.head(q0, k0, v0), NadarayaWatson.estimate(dot, k0, v0, q0)));

        // 2. Gaussian kernel = attention with a key-norm bias
        DMatrixRMaj scores = CommonOps_DDRM.multTransB(q0, k0, null);
        double[] norms = RowOps.squaredNorms(k0);
        double b2 = BANDWIDTH * BANDWIDTH;
        for (int i = 0; i < scores.numRows; i++) {
            for (int j = 0; j < scores.numCols; j++) {
                scores.unsafe_set(i, j, (scores.unsafe_get(i, j) - 0.5 * norms[j]) / b2);
            }
        }
        Softmax.rowsInPlace(scores);
        checks.add(IdentityReport.Check.of("Gaussian-kernel NW = attention with key-norm bias",
                "softmax((Q K^T - |k|^2 / 2) / b^2) V  vs  sum_i exp(-|q - k_i|^2 / 2b^2) v_i / sum_j (...)",
                CommonOps_DDRM.mult(scores, v0, null), NadarayaWatson.estimate(SmoothingKernel.gaussian(BANDWIDTH), k0, v0, q0)));

        // 3. multi-head attention = sum of H NW estimators with values X W_V^h W_O^h
        DMatrixRMaj mha = Attention.multiHead(xq, xk, wq, wk, wv, wo);
        DMatrixRMaj sum = new DMatrixRMaj(queries, dModel);
        for (int h = 0; h < heads; h++) {
            DMatrixRMaj woh = CommonOps_DDRM.extract(wo, h * headDim, (h + 1) * headDim, 0, dModel);
            DMatrixRMaj values = CommonOps_DDRM.mult(CommonOps_DDRM.mult(xk, wv.get(h), null), woh, null);
            DMatrixRMaj est = NadarayaWatson.estimate(dot, CommonOps_DDRM.mult(xk, wk.get(h), null), values,
                    CommonOps_DDRM.mult(xq, wq.get(h), null));
            CommonOps_DDRM.addEquals(sum, est);
        }
        checks.add(IdentityReport.Check.of("multi-head attention = sum of H NW estimators",
                "concat_h(head_h) W_O  vs  sum_h NW_h(values X W_V^h W_O^h)", mha, sum));

        // 4. averaging output projection = ensemble mean
        DMatrixRMaj average = new DMatrixRMaj(heads * headDim, headDim);
        for (int h = 0; h < heads; h++) {
            for (int j = 0; j < headDim; j++) {
                average.set(h * headDim + j, j, 1.0 / heads);
            }
        }
        DMatrixRMaj mean = new DMatrixRMaj(queries, headDim);
        for (int h = 0; h < heads; h++) {
            DMatrixRMaj est = NadarayaWatson.estimate(dot, CommonOps_DDRM.mult(xk, wk.get(h), null),
                    CommonOps_DDRM.mult(xk, wv.get(h), null), CommonOps_DDRM.mult(xq, wq.get(h), null));
            CommonOps_DDRM.addEquals(mean, 1.0 / heads, est);
        }
        checks.add(IdentityReport.Check.of("W_O = [I/H; ...; I/H]: MHA = ensemble mean of NW heads",
                "concat_h(head_h) [I/H; ...; I/H]  vs  (1/H) sum_h NW_h", Attention.multiHead(xq, xk, wq, wk, wv, average), mean));
        return new IdentityReport(queries, keys, dModel, heads, headDim, checks);
    }
}
