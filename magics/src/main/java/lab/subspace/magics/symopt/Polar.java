package lab.subspace.magics.symopt;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Gram;
import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.SymmetricEigen;
import lab.subspace.numerics.linalg.TruncatedSvd;

/**
 * Polar factors M (M^T M)^{-1/2} = U_r V_r^T (M = U S V^T, r = rank): the orthogonalised update of
 * Muon and PolarGrad, and the left polar factor (M M^T)^{-1/2} M of a router's update. For a
 * rank-deficient M the inverse square root is the pseudo-inverse one (zero singular values stay
 * zero), so all three methods give U_r V_r^T.
 *
 * <pre>{@code
 * DMatrixRMaj U = Polar.svd(M);                                  // reference
 * DMatrixRMaj N = Polar.factor(M, PolarMethod.NEWTON_SCHULZ);
 * double nu = Polar.nuclearNorm(M);                              // PolarGrad's scale
 * }</pre>
 */
public final class Polar {

    private Polar() {
    }

    /** The polar factor by the SVD. M is not modified. */
    public static DMatrixRMaj factor(DMatrixRMaj m) {
        return svd(m);
    }

    /** The polar factor by the given method. M is not modified. */
    public static DMatrixRMaj factor(DMatrixRMaj m, PolarMethod method) {
        return switch (method) {
            case SVD -> svd(m);
            case GRAM -> gram(m);
            case NEWTON_SCHULZ -> NewtonSchulz.polar(m).factor();
        };
    }

    /**
     * U_r V_r^T from the thin SVD; singular values up to max(rows, cols) ulp(1) s_1 count as zero
     * (numpy's matrix_rank tolerance).
     */
    public static DMatrixRMaj svd(DMatrixRMaj m) {
        Matrices.requireFinite("M", m);
        TruncatedSvd t = Spectra.svd(m);
        DMatrixRMaj out = new DMatrixRMaj(m.numRows, m.numCols);
        double[] s = t.s();
        if (s.length == 0 || s[0] == 0) {
            return out;
        }
        double cut = Math.max(m.numRows, m.numCols) * Math.ulp(1.0) * s[0];
        for (int j = 0; j < s.length && s[j] > cut; j++) {
            for (int i = 0; i < m.numRows; i++) {
                double u = t.u().unsafe_get(i, j);
                int off = i * m.numCols;
                for (int c = 0; c < m.numCols; c++) {
                    out.data[off + c] += u * t.v().unsafe_get(c, j);
                }
            }
        }
        return out;
    }

    /**
     * Through the pseudo-inverse square root of the smaller Gram matrix: M (M^T M)^{+1/2} when
     * M is tall, (M M^T)^{+1/2} M when wide. Eigenvalues below {@link Spd#TOL} times the largest
     * count as zero (singular values below 1e-5 s_1), because the Gram matrix squares the
     * condition number.
     */
    public static DMatrixRMaj gram(DMatrixRMaj m) {
        return m.numRows >= m.numCols ? right(m) : left(m);
    }

    /** The left polar factor (M M^T)^{+1/2} M, cheap for a router with few rows (experts). */
    public static DMatrixRMaj left(DMatrixRMaj m) {
        Matrices.requireFinite("M", m);
        return CommonOps_DDRM.mult(pseudoInverseSqrt(Gram.ofRows(m)), m, null);
    }

    /** The right form M (M^T M)^{+1/2}. */
    public static DMatrixRMaj right(DMatrixRMaj m) {
        Matrices.requireFinite("M", m);
        return CommonOps_DDRM.mult(m, pseudoInverseSqrt(Gram.ofColumns(m)), null);
    }

    private static DMatrixRMaj pseudoInverseSqrt(DMatrixRMaj a) {
        if (a.numRows == 0) {
            return a.copy();
        }
        SymmetricEigen e = Spd.eigen(a);
        double[] l = e.values();
        double cut = Spd.TOL * Math.max(l[l.length - 1], 0);
        return Spd.apply(e, v -> v > cut && v > 0 ? 1 / Math.sqrt(v) : 0);
    }

    /** Sum of singular values |M|_*. */
    public static double nuclearNorm(DMatrixRMaj m) {
        double sum = 0;
        for (double s : Spectra.spectrum(m, Spectra.Method.SVD).values()) {
            sum += s;
        }
        return sum;
    }

    /**
     * |A - B|_F / |B|_F (|A - B|_F when B is zero).
     *
     * @throws IllegalArgumentException when the shapes differ
     */
    public static double relativeError(DMatrixRMaj a, DMatrixRMaj reference) {
        Matrices.requireSameShape("A", a, "reference", reference);
        double diff = 0;
        for (int i = 0; i < a.data.length && i < a.getNumElements(); i++) {
            double d = a.data[i] - reference.data[i];
            diff += d * d;
        }
        double norm = NormOps_DDRM.normF(reference);
        return norm == 0 ? Math.sqrt(diff) : Math.sqrt(diff) / norm;
    }
}
