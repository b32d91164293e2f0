package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;

import lab.subspace.data.Matrices;

/**
 * The GP predictive at targets as a linear map of the context labels: for context inputs X_c,
 * targets X_t and noise variance s2, with C = K_cc + s2 I,
 * mean = A y with A = K_tc C^{-1}, and covariance S = K_tt - A K_ct (+ s2 I for noisy outputs).
 * Keeping A lets the KL between two predictives be averaged over labels in closed form
 * ({@link GaussianKl#expected}).
 *
 * <pre>{@code
 * Conditional c = Conditional.of(kernel, Xc, Xt, 0.01, true);
 * Predictive p = c.predict(y);
 * }</pre>
 *
 * @param gain       A (T x n)
 * @param covariance S (T x T), label-independent
 * @param noisy      whether S includes the observation noise
 */
public record Conditional(DMatrixRMaj gain, DMatrixRMaj covariance, boolean noisy) {

    /**
     * Exact GP conditioning with a Cholesky factorisation of K_cc + s2 I.
     *
     * @param noise      observation noise variance s2 (&gt; 0)
     * @param noisyTargets whether the predictive is for noisy outputs y* (adds s2 I)
     * @throws IllegalArgumentException for bad shapes, NaN, non-positive noise, or a matrix that is
     *                                  not positive definite
     */
    public static Conditional of(Covariance k, DMatrixRMaj contexts, DMatrixRMaj targets, double noise, boolean noisyTargets) {
        if (!(noise > 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("the noise variance must be positive and finite but is " + noise);
        }
        return ofBlocks(k.matrix(contexts, contexts), k.matrix(contexts, targets), k.matrix(targets, targets), noise, noisyTargets);
    }

    /**
     * Exact conditioning from the kernel's blocks K_cc (n x n), K_ct (n x T), K_tt (T x T), e.g.
     * of a Gram matrix truncated to its top eigenpairs. The blocks are not modified.
     */
    public static Conditional ofBlocks(DMatrixRMaj kcc, DMatrixRMaj kct, DMatrixRMaj ktt, double noise, boolean noisyTargets) {
        if (!(noise > 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("the noise variance must be positive and finite but is " + noise);
        }
        Matrices.requireShape("K_ct", kct, kcc.numRows, ktt.numRows);
        DMatrixRMaj c = kcc.copy();
        for (int i = 0; i < c.numRows; i++) {
            c.add(i, i, noise);
        }
        DMatrixRMaj l = cholesky("K_cc + noise I", c);
        // A^T = C^{-1} K_ct via two triangular solves.
        DMatrixRMaj at = kct.copy();
        solveLower(l, at);
        DMatrixRMaj s = ktt.copy();
        CommonOps_DDRM.multAddTransA(-1, at, at, s);   // K_tt - (L^-1 K_ct)^T (L^-1 K_ct)
        solveLowerTransposed(l, at);
        DMatrixRMaj a = CommonOps_DDRM.transpose(at, null);
        symmetrize(s);
        if (noisyTargets) {
            for (int i = 0; i < s.numRows; i++) {
                s.add(i, i, noise);
            }
        }
        return new Conditional(a, s, noisyTargets);
    }

    /** The predictive for labels y (length n). */
    public Predictive predict(double[] y) {
        if (y.length != gain.numCols) {
            throw new IllegalArgumentException("y has " + y.length + " labels but there are " + gain.numCols + " contexts");
        }
        Matrices.requireFinite("y", y);
        double[] m = new double[gain.numRows];
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < y.length; j++) {
                s += gain.unsafe_get(i, j) * y[j];
            }
            m[i] = s;
        }
        return new Predictive(m, covariance);
    }

    /** Lower Cholesky factor; throws naming the matrix when it is not positive definite. */
    static DMatrixRMaj cholesky(String name, DMatrixRMaj a) {
        CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(a.numRows, true);
        DMatrixRMaj work = a.copy();
        if (!chol.decompose(work)) {
            throw new IllegalArgumentException(name + " (" + a.numRows + " x " + a.numCols + ") is not positive definite");
        }
        return chol.getT(null);
    }

    /** B <- L^{-1} B for lower-triangular L. */
    static void solveLower(DMatrixRMaj l, DMatrixRMaj b) {
        int n = l.numRows;
        int m = b.numCols;
        for (int i = 0; i < n; i++) {
            int li = i * n;
            for (int k = 0; k < i; k++) {
                double lik = l.data[li + k];
                if (lik != 0) {
                    int bi = i * m;
                    int bk = k * m;
                    for (int j = 0; j < m; j++) {
                        b.data[bi + j] -= lik * b.data[bk + j];
                    }
                }
            }
            double d = l.data[li + i];
            int bi = i * m;
            for (int j = 0; j < m; j++) {
                b.data[bi + j] /= d;
            }
        }
    }

    /** B <- L^{-T} B for lower-triangular L. */
    static void solveLowerTransposed(DMatrixRMaj l, DMatrixRMaj b) {
        int n = l.numRows;
        int m = b.numCols;
        for (int i = n - 1; i >= 0; i--) {
            int bi = i * m;
            for (int k = i + 1; k < n; k++) {
                double lki = l.data[k * n + i];
                if (lki != 0) {
                    int bk = k * m;
                    for (int j = 0; j < m; j++) {
                        b.data[bi + j] -= lki * b.data[bk + j];
                    }
                }
            }
            double d = l.data[i * n + i];
            for (int j = 0; j < m; j++) {
                b.data[bi + j] /= d;
            }
        }
    }

    static void symmetrize(DMatrixRMaj s) {
        for (int i = 0; i < s.numRows; i++) {
            for (int j = 0; j < i; j++) {
                double v = 0.5 * (s.unsafe_get(i, j) + s.unsafe_get(j, i));
                s.unsafe_set(i, j, v);
                s.unsafe_set(j, i, v);
            }
        }
    }
}
