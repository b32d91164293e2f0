package lab.subspace.magics.symopt;

import java.util.Arrays;
import java.util.function.Consumer;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;

/**
 * The cubic Newton-Schulz iteration for the polar factor M (M^T M)^{-1/2}, with matrix products
 * only: X_0 = M / |M|_F, X_{k+1} = X_k (3 I - X_k^T X_k) / 2 (or (3 I - X_k X_k^T) X_k / 2 when M
 * is wide, so the Gram matrix is the small one).
 *
 * <p>Each singular value follows s &lt;- s (3 - s^2) / 2, which converges to 1 from any
 * s in (0, sqrt 3) (quadratically near 1; a small s grows by 3/2 per step) and keeps 0 at 0.
 * The Frobenius scaling puts every s in (0, 1], so the iteration converges for every M, in about
 * log_{1.5}(|M|_F / s_min) + 6 steps. Unlike Muon's tuned quintic, whose singular values stop in
 * about [0.7, 1.2], this iteration reaches the exact polar factor, so it can be checked against
 * the SVD ({@link Polar#svd}). Used by the Muon / PolarGrad rules of "Symmetry-Compatible
 * Principle for Optimizer Design".
 *
 * <pre>{@code
 * NewtonSchulzResult r = NewtonSchulz.polar(M);
 * double err = Polar.relativeError(r.factor(), Polar.svd(M));   // ~1e-15
 * }</pre>
 */
public final class NewtonSchulz {

    /** Default iteration budget (enough for a condition number of about 1e15). */
    public static final int MAX_ITERATIONS = 100;

    /** Default tolerance on the relative change; the next error is about 1.5 tol^2. */
    public static final double TOLERANCE = 1e-10;

    private NewtonSchulz() {
    }

    /** Runs to {@link #TOLERANCE} within {@link #MAX_ITERATIONS}. M is not modified. */
    public static NewtonSchulzResult polar(DMatrixRMaj m) {
        return polar(m, MAX_ITERATIONS, TOLERANCE, null);
    }

    /**
     * @param m             the matrix (not modified)
     * @param maxIterations iteration budget, &gt;= 1
     * @param tolerance     stop once |X_{k+1} - X_k|_F &lt;= tolerance |X_{k+1}|_F; 0 runs the whole budget
     * @param onIterate     called with each iterate X_{k+1} (do not keep or modify it), or null
     */
    public static NewtonSchulzResult polar(DMatrixRMaj m, int maxIterations, double tolerance, Consumer<DMatrixRMaj> onIterate) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1 but is " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0 but is " + tolerance);
        }
        Matrices.requireFinite("M", m);
        double norm = NormOps_DDRM.normF(m);
        if (norm == 0) {
            return new NewtonSchulzResult(new DMatrixRMaj(m.numRows, m.numCols), 0, true, new double[0]);
        }
        boolean tall = m.numRows >= m.numCols;
        int k = Math.min(m.numRows, m.numCols);
        DMatrixRMaj x = m.copy();
        CommonOps_DDRM.scale(1 / norm, x);
        DMatrixRMaj gram = new DMatrixRMaj(k, k);
        DMatrixRMaj next = new DMatrixRMaj(m.numRows, m.numCols);
        double[] changes = new double[maxIterations];
        int it = 0;
        boolean converged = false;
        while (it < maxIterations && !converged) {
            Interrupts.check();
            if (tall) {
                CommonOps_DDRM.multTransA(x, x, gram);
            } else {
                CommonOps_DDRM.multTransB(x, x, gram);
            }
            // gram <- (3 I - gram) / 2
            CommonOps_DDRM.scale(-0.5, gram);
            for (int i = 0; i < k; i++) {
                gram.add(i, i, 1.5);
            }
            if (tall) {
                CommonOps_DDRM.mult(x, gram, next);
            } else {
                CommonOps_DDRM.mult(gram, x, next);
            }
            double diff = 0;
            double size = 0;
            for (int i = 0; i < next.data.length; i++) {
                double d = next.data[i] - x.data[i];
                diff += d * d;
                size += next.data[i] * next.data[i];
            }
            changes[it] = Math.sqrt(diff / size);
            converged = changes[it] <= tolerance;
            it++;
            DMatrixRMaj t = x;
            x = next;
            next = t;
            if (onIterate != null) {
                onIterate.accept(x);
            }
        }
        return new NewtonSchulzResult(x, it, converged, Arrays.copyOf(changes, it));
    }
}
