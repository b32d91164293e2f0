package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.SymmetricEigenvalues;

/**
 * KL divergence between multivariate Gaussian predictives, KL(N(m_p, S_p) || N(m_q, S_q)), the
 * quantity that "Three Costs of Amortizing Gaussian Process Inference with Neural Processes"
 * bounds between the GP and the neural-process predictive.
 *
 * <p>{@link #divergence} is the stable form: with S_q = L L^T and mu_i the eigenvalues of
 * L^{-1} (S_p - S_q) L^{-T}, the covariance part is 1/2 sum (mu_i - log(1 + mu_i)), which keeps
 * full relative accuracy when the two predictives are close (KL down to 1e-25 and below), where
 * the textbook {@link #divergenceByLogDets} (Cholesky log-determinants) cancels to rounding.
 *
 * <pre>{@code
 * double kl = GaussianKl.divergence(gp, rankD);                 // two Predictives
 * KlParts e = GaussianKl.expected(gpCond, rankDCond, labelCov);  // averaged over y ~ N(0, labelCov)
 * }</pre>
 */
public final class GaussianKl {

    private GaussianKl() {
    }

    /** KL(p || q) by the stable eigenvalue form. */
    public static double divergence(Predictive p, Predictive q) {
        return parts(p, q).total();
    }

    /** KL(p || q) split into covariance and mean parts (stable form). */
    public static KlParts parts(Predictive p, Predictive q) {
        requireSameSize(p, q);
        DMatrixRMaj l = Conditional.cholesky("S_q", q.covariance());
        double cov = covariancePart(p.covariance(), q.covariance(), l);
        DMatrixRMaj dm = new DMatrixRMaj(p.mean().length, 1);
        for (int i = 0; i < dm.numRows; i++) {
            dm.data[i] = p.mean()[i] - q.mean()[i];
        }
        Conditional.solveLower(l, dm);
        return new KlParts(cov, 0.5 * CommonOps_DDRM.dot(dm, dm));
    }

    /**
     * The textbook form 1/2 [tr(S_q^-1 S_p) + dm^T S_q^-1 dm - T + log det S_q - log det S_p]
     * with both log-determinants from Cholesky factors. Accurate only while KL is well above
     * T * 1e-15; kept as the reference the stable form is checked against.
     */
    public static double divergenceByLogDets(Predictive p, Predictive q) {
        requireSameSize(p, q);
        int t = p.mean().length;
        DMatrixRMaj lq = Conditional.cholesky("S_q", q.covariance());
        DMatrixRMaj lp = Conditional.cholesky("S_p", p.covariance());
        DMatrixRMaj x = p.covariance().copy();
        Conditional.solveLower(lq, x);
        Conditional.solveLowerTransposed(lq, x);      // S_q^-1 S_p
        double trace = CommonOps_DDRM.trace(x);
        DMatrixRMaj dm = new DMatrixRMaj(t, 1);
        for (int i = 0; i < t; i++) {
            dm.data[i] = p.mean()[i] - q.mean()[i];
        }
        Conditional.solveLower(lq, dm);
        return 0.5 * (trace + CommonOps_DDRM.dot(dm, dm) - t + 2 * (logDiag(lq) - logDiag(lp)));
    }

    /**
     * E_y KL(p(. | y) || q(. | y)) for labels y ~ N(0, labelCovariance): the covariance part does
     * not depend on y, and the mean part averages to 1/2 tr(S_q^-1 (A_p - A_q) C (A_p - A_q)^T).
     */
    public static KlParts expected(Conditional p, Conditional q, DMatrixRMaj labelCovariance) {
        if (p.gain().numRows != q.gain().numRows || p.gain().numCols != q.gain().numCols) {
            throw new IllegalArgumentException("the gains are " + Matrices.shape(p.gain()) + " and " + Matrices.shape(q.gain()));
        }
        Matrices.requireShape("label covariance", labelCovariance, p.gain().numCols, p.gain().numCols);
        DMatrixRMaj l = Conditional.cholesky("S_q", q.covariance());
        double cov = covariancePart(p.covariance(), q.covariance(), l);
        DMatrixRMaj lc = Conditional.cholesky("label covariance", labelCovariance);
        DMatrixRMaj da = new DMatrixRMaj(p.gain().numRows, p.gain().numCols);
        CommonOps_DDRM.subtract(p.gain(), q.gain(), da);
        DMatrixRMaj b = CommonOps_DDRM.mult(da, lc, null);   // (A_p - A_q) L_C
        Conditional.solveLower(l, b);
        return new KlParts(cov, 0.5 * CommonOps_DDRM.elementSum(elementSquare(b)));
    }

    /** 1/2 sum_i (mu_i - log1p(mu_i)), mu = eig(L^-1 (S_p - S_q) L^-T). */
    static double covariancePart(DMatrixRMaj sp, DMatrixRMaj sq, DMatrixRMaj lq) {
        DMatrixRMaj m = new DMatrixRMaj(sp.numRows, sp.numCols);
        CommonOps_DDRM.subtract(sp, sq, m);
        Conditional.solveLower(lq, m);
        DMatrixRMaj mt = CommonOps_DDRM.transpose(m, null);
        Conditional.solveLower(lq, mt);                        // L^-1 (L^-1 D)^T = L^-1 D L^-T
        Conditional.symmetrize(mt);
        double sum = 0;
        for (double mu : SymmetricEigenvalues.of(mt)) {
            sum += excess(mu);
        }
        return Math.max(0, 0.5 * sum);
    }

    /** mu - log(1 + mu) without cancellation for small mu (series to mu^5 below 1e-3). */
    static double excess(double mu) {
        if (Math.abs(mu) < 1e-3) {
            return mu * mu * (0.5 - mu * (1.0 / 3 - mu * (0.25 - mu / 5)));
        }
        if (!(mu > -1)) {
            throw new IllegalArgumentException("S_p is not positive definite relative to S_q (eigenvalue " + (1 + mu) + ")");
        }
        return mu - Math.log1p(mu);
    }

    private static DMatrixRMaj elementSquare(DMatrixRMaj b) {
        DMatrixRMaj s = b.copy();
        CommonOps_DDRM.elementMult(s, b);
        return s;
    }

    private static double logDiag(DMatrixRMaj l) {
        double s = 0;
        for (int i = 0; i < l.numRows; i++) {
            s += Math.log(l.unsafe_get(i, i));
        }
        return s;
    }

    private static void requireSameSize(Predictive p, Predictive q) {
        if (p.mean().length != q.mean().length) {
            throw new IllegalArgumentException("p has " + p.mean().length + " targets but q has " + q.mean().length);
        }
    }
}
