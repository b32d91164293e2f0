package lab.subspace.magics.symopt;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.linalg.Centering;

/**
 * The update rules of "Symmetry-Compatible Principle for Optimizer Design: Embeddings, LM Heads,
 * SwiGLU MLPs, and MoE Routers", with the definitions of its official code. Each rule is matched to
 * the symmetry group of a kind of weight block ({@link Group}):
 *
 * <table>
 * <caption>rules and their groups</caption>
 * <tr><th>rule</th><th>U(M)</th><th>equivariant under</th><th>for</th></tr>
 * <tr><td>{@link #polar(double)}</td><td>nu^a M (M^T M)^{-1/2}, nu = |M|_*</td><td>O(m) x O(n)</td><td>general matrix layers (a = 0 Muon, a = 1 PolarGrad)</td></tr>
 * <tr><td>{@link #rowNorm()}</td><td>D^{-1} M, D_ii = |M_i| + 1e-8</td><td>S(m) x O(n)</td><td>embeddings, LM heads (rows = tokens)</td></tr>
 * <tr><td>{@link #polarThenRow()}, {@link #rowThenPolar()}</td><td>hybrids, both orders</td><td>S(m) x O(n)</td><td>embeddings, LM heads</td></tr>
 * <tr><td>{@link #columnAware()}</td><td>row-norm of M^T, transposed back</td><td>O(m) x S(n)</td><td>blocks whose columns are units (e.g. SwiGLU down projection)</td></tr>
 * <tr><td>{@link #centredRowNorm()}</td><td>row-norm of the centred M</td><td>S(m) x O(n) and shifts</td><td>MoE routers</td></tr>
 * <tr><td>{@link #leftPolar()}</td><td>(M_c M_c^T)^{-1/2} M_c, M_c = M - 1 mean-row</td><td>S(m) x O(n) and shifts</td><td>MoE routers</td></tr>
 * </table>
 *
 * <p>Centring subtracts the mean row because a router's softmax over experts (rows) is unchanged by
 * W + 1 c^T: the centred rules ignore that direction.
 *
 * <pre>{@code
 * Optimizer opt = LayerwiseOptimizer.builder(0.02).rule(0, UpdateRules.rowNorm()).rule(1, UpdateRules.muon()).build();
 * }</pre>
 */
public final class UpdateRules {

    /** The D_ii = |M_i| + EPS regulariser of row normalisation. */
    public static final double ROW_EPS = 1e-8;

    private UpdateRules() {
    }

    /** U = M: SGD with EMA momentum. */
    public static UpdateRule identity() {
        return DMatrixRMaj::copy;
    }

    /** nu^alpha times the polar factor (by the SVD), nu the nuclear norm of M. */
    public static UpdateRule polar(double alpha) {
        return polar(alpha, PolarMethod.SVD);
    }

    /**
     * nu^alpha times the polar factor computed by {@code method}: alpha = 0 is Muon's update,
     * alpha = 1 PolarGrad's.
     */
    public static UpdateRule polar(double alpha, PolarMethod method) {
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite but is " + alpha);
        }
        return m -> {
            DMatrixRMaj u = Polar.factor(m, method);
            if (alpha != 0) {
                CommonOps_DDRM.scale(Math.pow(Polar.nuclearNorm(m), alpha), u);
            }
            return u;
        };
    }

    /** Muon: the polar factor by Newton-Schulz (alpha = 0). */
    public static UpdateRule muon() {
        return polar(0, PolarMethod.NEWTON_SCHULZ);
    }

    /** PolarGrad: the nuclear norm times the polar factor by Newton-Schulz (alpha = 1). */
    public static UpdateRule polarGrad() {
        return polar(1, PolarMethod.NEWTON_SCHULZ);
    }

    /** D^{-1} M with D_ii = |M_i| + {@link #ROW_EPS}: each row (token) moves by the same length. */
    public static UpdateRule rowNorm() {
        return UpdateRules::rowNormalise;
    }

    /** Row normalisation of the polar factor (polar, then row-norm). */
    public static UpdateRule polarThenRow() {
        return polar(0).andThen(rowNorm());
    }

    /** The polar factor of the row-normalised M (row-norm, then polar). */
    public static UpdateRule rowThenPolar() {
        return rowNorm().andThen(polar(0));
    }

    /** Row geometry on the transpose: each column normalised, M D_c^{-1}. */
    public static UpdateRule columnAware() {
        return transposed(rowNorm());
    }

    /** {@code rule} applied to M^T, its result transposed back. */
    public static UpdateRule transposed(UpdateRule rule) {
        return m -> CommonOps_DDRM.transpose(rule.apply(CommonOps_DDRM.transpose(m, null)), null);
    }

    /** {@code rule} applied to M minus its mean row: blind to shifts M + 1 c^T. */
    public static UpdateRule centred(UpdateRule rule) {
        return m -> rule.apply(Centering.centerColumns(m));
    }

    /** Row normalisation of the centred M (a router's rows are experts). */
    public static UpdateRule centredRowNorm() {
        return centred(rowNorm());
    }

    /**
     * The left polar factor (M_c M_c^T)^{-1/2} M_c of the centred M (pseudo-inverse: M_c M_c^T is
     * singular along 1). Its rows sum to zero, so the update never moves along W + 1 c^T; the
     * result is centred once more to remove rounding along that direction.
     */
    public static UpdateRule leftPolar() {
        return m -> Centering.centerColumns(Polar.left(Centering.centerColumns(m)));
    }

    static DMatrixRMaj rowNormalise(DMatrixRMaj m) {
        DMatrixRMaj out = m.copy();
        int c = m.numCols;
        for (int i = 0; i < m.numRows; i++) {
            double s = 0;
            for (int j = i * c; j < (i + 1) * c; j++) {
                s += m.data[j] * m.data[j];
            }
            double inv = 1 / (Math.sqrt(s) + ROW_EPS);
            for (int j = i * c; j < (i + 1) * c; j++) {
                out.data[j] *= inv;
            }
        }
        return out;
    }
}
