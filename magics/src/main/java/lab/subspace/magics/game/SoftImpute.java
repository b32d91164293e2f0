package lab.subspace.magics.game;

import java.time.Duration;
import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.data.MaskedMatrix;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.GramSvt;
import lab.subspace.numerics.linalg.Svt;

/**
 * Global nuclear-norm matrix completion, GAME's main baseline: soft-impute (Mazumder, Hastie
 * and Tibshirani, "Spectral regularization algorithms for learning large incomplete matrices",
 * JMLR 2010) for {@code min_X 1/2 |P_Omega(Y - X)|_F^2 + lambda |X|_*}, iterating
 * {@code X <- SVT_lambda(P_Omega(Y) + P_Omega^perp(X))}. This is proximal gradient with step 1;
 * the accelerated variant adds Nesterov momentum with a restart whenever the objective rises
 * (Ji and Ye, ICML 2009; O'Donoghue and Candes, 2015).
 *
 * <pre>{@code
 * Completion c = SoftImpute.complete(Y, Lambdas.globalFromNoise(Y, 0.1));
 * DMatrixRMaj X = c.estimate();
 * }</pre>
 */
public final class SoftImpute {

    private SoftImpute() {
    }

    public static Completion complete(MaskedMatrix y, double lambda) {
        return complete(y, lambda, CompletionOptions.defaults(), null);
    }

    /**
     * @param warmStart a previous estimate of the same shape (e.g. at a larger lambda), or null
     */
    public static Completion complete(MaskedMatrix y, double lambda, CompletionOptions options, DMatrixRMaj warmStart) {
        try (Progress progress = Progress.start("soft-impute", options.maxIterations(), Duration.ofSeconds(1))) {
            Completion c = run(y, lambda, options, warmStart, progress);
            progress.set(options.maxIterations());
            return c;
        }
    }

    static Completion run(MaskedMatrix y, double lambda, CompletionOptions options, DMatrixRMaj warmStart,
            Progress progress) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and >= 0 but is " + lambda);
        }
        Checks.requireMasked(y);
        int n = y.rows();
        int p = y.cols();
        Memory.requireDoubles(4L * n * p, "soft-impute state for a " + n + " x " + p + " matrix");
        double[] yv = y.values().data;
        double[] mv = y.mask().data;
        DMatrixRMaj x;
        if (warmStart != null) {
            Matrices.requireShape("the warm start", warmStart, n, p);
            x = warmStart.copy();
        } else {
            x = new DMatrixRMaj(n, p);
        }
        DMatrixRMaj previous = x.copy();
        DMatrixRMaj a = new DMatrixRMaj(n, p);
        int max = options.maxIterations();
        double[] changes = new double[max];
        double[] objective = new double[max];
        double t = 1;
        double lastObjective = Double.POSITIVE_INFINITY;
        int rank = 0;
        int it = 0;
        boolean converged = false;
        while (it < max) {
            Interrupts.check();
            double tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
            double beta = options.accelerated() ? (t - 1) / tNext : 0;
            for (int k = 0; k < a.data.length; k++) {
                double v = x.data[k] + beta * (x.data[k] - previous.data[k]);
                a.data[k] = mv[k] != 0 ? yv[k] : v;
            }
            Svt svt = GramSvt.svt(a, lambda);
            DMatrixRMaj next = svt.value();
            rank = svt.rank();
            double diff = 0;
            double norm = 0;
            double fit = 0;
            for (int k = 0; k < next.data.length; k++) {
                double d = next.data[k] - x.data[k];
                diff += d * d;
                norm += x.data[k] * x.data[k];
                double r = mv[k] * (yv[k] - next.data[k]);
                fit += r * r;
            }
            objective[it] = 0.5 * fit + lambda * svt.nuclearNorm();
            changes[it] = norm > 0 ? Math.sqrt(diff / norm) : diff > 0 ? 1 : 0;
            previous = x;
            x = next;
            t = tNext;
            it++;
            if (progress != null) {
                progress.step();
            }
            if (changes[it - 1] <= options.tolerance()) {
                converged = true;
                break;
            }
            if (objective[it - 1] > lastObjective) {
                t = 1; // restart the momentum
            }
            lastObjective = objective[it - 1];
        }
        return new Completion(x, lambda, it, converged, Arrays.copyOf(changes, it), Arrays.copyOf(objective, it), rank);
    }
}
