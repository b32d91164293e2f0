package lab.subspace.magics.audit;

import java.util.HashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Gram;
import lab.subspace.numerics.linalg.Lanczos;
import lab.subspace.numerics.linalg.Products;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.TopEigenpair;
import lab.subspace.numerics.nn.ActivationPenalty;
import lab.subspace.numerics.nn.LossValue;
import lab.subspace.numerics.nn.PenaltyValue;

/**
 * The rank-maximisation regulariser of the constructive calibration in "An Effective-Rank Audit
 * of Alignment-Induced Activation Shifts: Confound Control, Constructive Calibration, and Limits":
 * on the shift M = H_ft - H_base of each hidden layer (rows = samples), the penalty
 * {@code colOrth(M) + stableRankLoss(M)} with
 * <ul>
 * <li>{@code colOrth(M) = |G - (|M|_F^2 / n) I_n|_F^2 / |M|_F^4}, G the n x n Gram matrix of the
 * per-sample shifts (the paper's M^T M for M in R^{d x n}); it equals
 * {@code sum s_i^4 / (sum s_i^2)^2 - 1/n}, one over the participation ratio minus 1/n, which is how
 * it is computed here (through the d x d Gram matrix);</li>
 * <li>{@code stableRankLoss(M) = max(0, t - |M|_F^2 / s_1^2)^2 / t^2} with target t (64 in the
 * paper, half the width), using d s_1^2 / dM = 2 s_1 u_1 v_1^T.</li>
 * </ul>
 * Both are invariant to the scale of M, so their gradients grow like 1/|M|; a shift that is still
 * exactly zero (fine-tuning starts at the base weights) has no penalty.
 *
 * <pre>{@code
 * LossValue c = RankRegularizer.colOrth(M);                  // value and dValue/dM
 * ActivationPenalty p = RankRegularizer.penalty(5.0, baseActivations, safetyMask, 64);
 * Trainer.of(net, Losses.BCE_WITH_LOGITS, Optimizers.adam(1e-3)).penalty(p).epochs(600).fit(X, y);
 * }</pre>
 */
public final class RankRegularizer {

    /** The paper's stable-rank target for 128-unit layers. */
    public static final double PAPER_STABLE_RANK_TARGET = 64;

    /** Below this squared norm (relative to the number of entries) the shift counts as zero. */
    private static final double ZERO_ENERGY = 1e-24;

    private RankRegularizer() {
    }

    /** colOrth(M) and its gradient with respect to M (n x d, rows = samples); M is not modified. */
    public static LossValue colOrth(DMatrixRMaj m) {
        return evaluate(m, true, 0, null);
    }

    /**
     * stableRankLoss(M) = max(0, t - |M|_F^2 / s_1^2)^2 / t^2 and its gradient (zero once the stable
     * rank reaches t); M is n x d, not modified.
     *
     * @throws IllegalArgumentException unless t &gt; 0
     */
    public static LossValue stableRankLoss(DMatrixRMaj m, double target) {
        requireTarget(target);
        return evaluate(m, false, target, null);
    }

    /** colOrth(M) + stableRankLoss(M, target) with its gradient. */
    public static LossValue both(DMatrixRMaj m, double target) {
        requireTarget(target);
        return evaluate(m, true, target, null);
    }

    /**
     * @param target stable-rank target, or 0 for no stable-rank term
     * @param warm   holder of the previous top eigenvector (warm start of Lanczos), or null
     */
    private static LossValue evaluate(DMatrixRMaj m, boolean orth, double target, double[][] warm) {
        Matrices.requireFinite("M", m);
        double f = EffectiveRank.energy(m);
        DMatrixRMaj grad = new DMatrixRMaj(m.numRows, m.numCols);
        if (isZero(m, f)) {
            return new LossValue(0, grad);
        }
        DMatrixRMaj g = Gram.ofColumns(m);
        double value = 0;
        if (orth) {
            // colOrth = |G|_F^2 / f^2 - 1/n; d|G|_F^2 = 4 M G, d f = 2 M
            double gg = EffectiveRank.energy(g);
            value += gg / (f * f) - 1.0 / m.numRows;
            Products.mult(m, g, grad);
            CommonOps_DDRM.scale(4 / (f * f), grad);
            CommonOps_DDRM.addEquals(grad, -4 * gg / (f * f * f), m);
        }
        if (target > 0) {
            TopEigenpair top = Lanczos.largest(g, warm == null ? null : warm[0]);
            if (warm != null) {
                warm[0] = top.vector();
            }
            double s1sq = top.value();
            double sr = f / s1sq;
            if (sr < target) {
                double gap = target - sr;
                value += gap * gap / (target * target);
                // d sr / dM = 2 M / s1^2 - (f / s1^4) 2 M v v^T ; dLoss / d sr = -2 gap / t^2
                double outer = -2 * gap / (target * target);
                double a = outer * 2 / s1sq;
                double b = -outer * 2 * f / (s1sq * s1sq);
                double[] v = top.vector();
                int d = m.numCols;
                for (int i = 0; i < m.numRows; i++) {
                    int off = i * d;
                    double mv = 0;
                    for (int j = 0; j < d; j++) {
                        mv += m.data[off + j] * v[j];
                    }
                    for (int j = 0; j < d; j++) {
                        grad.data[off + j] += a * m.data[off + j] + b * mv * v[j];
                    }
                }
            }
        }
        return new LossValue(value, grad);
    }

    private static void requireTarget(double target) {
        if (!(target > 0) || Double.isInfinite(target)) {
            throw new IllegalArgumentException("stable-rank target must be finite and > 0 but is " + target);
        }
    }

    /**
     * The penalty {@code lambda * sum_layers [colOrth(M_l) + stableRankLoss(M_l)]} for a
     * {@link lab.subspace.numerics.nn.Trainer}, where M_l = H_l - reference_l over the training
     * rows flagged in {@code rows} (the safety set: the shift the audit measures).
     *
     * @param lambda    weight (&gt;= 0)
     * @param reference layer index to the base model's activations on the whole training set
     *                  (n_train x units); not copied, must not change during training
     * @param rows      which training rows the penalty sees (length n_train)
     * @param target    stable-rank target
     */
    public static ActivationPenalty penalty(double lambda, Map<Integer, DMatrixRMaj> reference, boolean[] rows,
            double target) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0 but is " + lambda);
        }
        for (Map.Entry<Integer, DMatrixRMaj> e : reference.entrySet()) {
            Matrices.requireRows("reference activations of layer " + e.getKey(), e.getValue(), rows.length);
        }
        requireTarget(target);
        Map<Integer, DMatrixRMaj> refs = Map.copyOf(reference);
        // previous top eigenvector per layer: the next step's Lanczos starts there
        Map<Integer, double[][]> warm = new HashMap<>();
        return (forward, batchRows) -> {
            int[] picked = picked(batchRows, rows);
            if (lambda == 0 || picked.length == 0) {
                return PenaltyValue.none();
            }
            int[] train = new int[picked.length];
            for (int i = 0; i < picked.length; i++) {
                train[i] = batchRows[picked[i]];
            }
            double total = 0;
            Map<Integer, DMatrixRMaj> grads = new HashMap<>();
            for (Map.Entry<Integer, DMatrixRMaj> e : refs.entrySet()) {
                int layer = e.getKey();
                DMatrixRMaj h = forward.activation(layer);
                DMatrixRMaj shift = RowOps.select(h, picked);
                CommonOps_DDRM.subtractEquals(shift, RowOps.select(e.getValue(), train));
                LossValue lv = evaluate(shift, true, target, warm.computeIfAbsent(layer, k -> new double[1][]));
                total += lambda * lv.value();
                DMatrixRMaj full = new DMatrixRMaj(h.numRows, h.numCols);
                for (int i = 0; i < picked.length; i++) {
                    for (int j = 0; j < h.numCols; j++) {
                        full.unsafe_set(picked[i], j, lambda * lv.gradient().unsafe_get(i, j));
                    }
                }
                grads.put(layer, full);
            }
            return new PenaltyValue(total, grads);
        };
    }

    private static int[] picked(int[] batchRows, boolean[] rows) {
        int count = 0;
        for (int r : batchRows) {
            if (rows[r]) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < batchRows.length; i++) {
            if (rows[batchRows[i]]) {
                out[k++] = i;
            }
        }
        return out;
    }

    private static boolean isZero(DMatrixRMaj m, double energy) {
        return energy <= ZERO_ENERGY * Math.max(1, m.getNumElements());
    }
}
