package lab.subspace.magics.factorlink;

import java.time.Duration;
import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.TruncatedSvd;
import lab.subspace.numerics.stats.SpecialFunctions;

/**
 * Projected block coordinate descent for the nonlinear factor model Y_ij = g(f_i^T l_j) + noise
 * on the observed entries, with g an unknown monotone link ("Learning Nonlinear Factor Models with
 * Unknown Monotone Links from Incomplete and Noisy Data", arXiv, stat.ML). Reconstructed from the
 * abstract: each iteration runs
 * <ol>
 * <li>the factor step: a damped Gauss-Newton step per row of F, the incoherence clip of long rows,
 * and the rotation/scale projection F^T F / n = I (L absorbs the inverse transform);</li>
 * <li>the loading step: the same per row of L, the clip, then the normalisation that fixes the
 * remaining ambiguities: root-mean-square index 1 (g absorbs the scale) and L^T L diagonal;</li>
 * <li>the link step ({@link LinkRegression}): kernel ridge regression of the observed Y on
 * z = f_i^T l_j, projected onto non-decreasing functions by isotonic regression.</li>
 * </ol>
 * It starts from the rank-r SVD of the zero-filled, rescaled normal scores of the observations
 * (a monotone link keeps their ranks), with the same projections.
 *
 * <pre>{@code
 * MaskedMatrix Y = Matrices.masked("Y", "responses.csv");       // NaN / empty = missing
 * FactorLinkFit fit = FactorLink.fit(Y, 3);
 * FactorLinkFit oracle = FactorLink.fitWithLink(Y, 3, Link.TANH, FactorLinkOptions.defaults(), truth);
 * }</pre>
 */
public final class FactorLink {

    private FactorLink() {
    }

    /** {@link #fit(MaskedMatrix, int, FactorLinkOptions, DMatrixRMaj)} with default options and no truth. */
    public static FactorLinkFit fit(MaskedMatrix y, int rank) {
        return fit(y, rank, FactorLinkOptions.defaults(), null);
    }

    /**
     * Estimates factors, loadings and the link.
     *
     * @param y     the observations (mask 1 = observed); not modified
     * @param rank  number of factors r, 1 &lt;= r &lt; min(n, p)
     * @param truth the noiseless n x p matrix to track the relative error against, or null
     * @throws IllegalArgumentException for a bad rank, too few observations, or a truth of another shape
     */
    public static FactorLinkFit fit(MaskedMatrix y, int rank, FactorLinkOptions options, DMatrixRMaj truth) {
        return run("nonlinear (BCD)", y, rank, options, truth, null);
    }

    /**
     * The oracle baseline: the same factor and loading steps with the true link held fixed (no
     * link step and no scale normalisation, since the link pins the scale).
     */
    public static FactorLinkFit fitWithLink(MaskedMatrix y, int rank, LinkFunction link, FactorLinkOptions options,
            DMatrixRMaj truth) {
        if (link == null) {
            throw new IllegalArgumentException("the oracle needs a link; use fit(...) to estimate it");
        }
        return run("oracle link", y, rank, options, truth, link);
    }

    private static FactorLinkFit run(String method, MaskedMatrix y, int rank, FactorLinkOptions options, DMatrixRMaj truth,
            LinkFunction fixed) {
        validate(y, rank, truth);
        int n = y.rows();
        int p = y.cols();
        Memory.requireMatrices(n, p, 3, "factor-link working matrices");
        Observations obs = Observations.of(y);
        DMatrixRMaj[] fl = spectralStart(y, rank);
        DMatrixRMaj f = fl[0];
        DMatrixRMaj l = fl[1];
        // the projection applies to the start too: singular vectors of a skewed link's matrix
        // (z^3, exp z) concentrate on a few rows
        BlockStep.clipRows(f, options.incoherence());
        BlockStep.clipRows(l, options.incoherence());
        Normalization.whiten(f, l);
        Normalization.unitScale(l);
        Normalization.rotate(f, l);
        double[] response = obs.responses();
        LinkFunction g = fixed != null ? fixed : LinkRegression.fit(obs.index(f, l), response, options.knots(), options.ridge());
        int max = options.maxIterations();
        double[] rmse = new double[max + 1];
        double[] error = new double[truth == null ? 0 : max + 1];
        double[] fitted = g.values(obs.index(f, l));
        rmse[0] = rms(fitted, response);
        if (truth != null) {
            error[0] = Errors.relative(complete(f, l, g), truth);
        }
        int it = 0;
        boolean converged = false;
        try (Progress progress = Progress.start("factor-link BCD", max, Duration.ofSeconds(1))) {
            while (it < max) {
                Interrupts.check();
                BlockStep.update(f, l, obs.rowStart, obs.rowCol, obs.rowValue, g, options.damping());
                BlockStep.clipRows(f, options.incoherence());
                Normalization.whiten(f, l);
                BlockStep.update(l, f, obs.colStart, obs.colRow, obs.colValue, g, options.damping());
                BlockStep.clipRows(l, options.incoherence());
                if (fixed == null) {
                    Normalization.unitScale(l);
                }
                Normalization.rotate(f, l);
                double[] z = obs.index(f, l);
                if (fixed == null) {
                    g = LinkRegression.fit(z, response, options.knots(), options.ridge());
                }
                double[] next = g.values(z);
                double change = relativeChange(next, fitted);
                fitted = next;
                it++;
                rmse[it] = rms(fitted, response);
                if (truth != null) {
                    error[it] = Errors.relative(complete(f, l, g), truth);
                }
                progress.step();
                if (change <= options.tolerance()) {
                    converged = true;
                    break;
                }
            }
        }
        return new FactorLinkFit(method, f, l, g, complete(f, l, g), Arrays.copyOf(rmse, it + 1),
                truth == null ? error : Arrays.copyOf(error, it + 1), it, converged);
    }

    /** g(F L^T) at every entry. */
    static DMatrixRMaj complete(DMatrixRMaj f, DMatrixRMaj l, LinkFunction g) {
        int n = f.numRows;
        int p = l.numRows;
        int r = f.numCols;
        DMatrixRMaj out = new DMatrixRMaj(n, p);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double z = 0;
                for (int k = 0; k < r; k++) {
                    z += f.data[i * r + k] * l.data[j * r + k];
                }
                out.data[i * p + j] = g.value(z);
            }
        }
        return out;
    }

    /**
     * F = sqrt(n) U, L = V S / sqrt(n) from the rank-r SVD of P_Omega(S) / (observed fraction),
     * where S holds the normal scores of the observed values (Phi^{-1} of their mid-ranks). A
     * monotone link keeps the ranks of z, so for a roughly Gaussian index S ~ z whatever g is; the
     * SVD of Y itself would be dominated by a skewed link's extremes.
     */
    static DMatrixRMaj[] spectralStart(MaskedMatrix y, int rank) {
        return spectralStart(normalScores(y), y, rank);
    }

    /** The same start from the centred observed values themselves (the linear model's SVD start). */
    static DMatrixRMaj[] centredStart(MaskedMatrix y, int rank) {
        double mean = 0;
        double[] v = y.values().data;
        double[] m = y.mask().data;
        for (int k = 0; k < v.length; k++) {
            mean += m[k] * v[k];
        }
        mean /= y.observed();
        DMatrixRMaj centred = new DMatrixRMaj(y.rows(), y.cols());
        for (int k = 0; k < v.length; k++) {
            centred.data[k] = m[k] != 0 ? v[k] - mean : 0;
        }
        return spectralStart(centred, y, rank);
    }

    private static DMatrixRMaj[] spectralStart(DMatrixRMaj filled, MaskedMatrix y, int rank) {
        int n = y.rows();
        int p = y.cols();
        DMatrixRMaj a = filled.copy();
        CommonOps_DDRM.scale(1 / y.observedFraction(), a);
        TruncatedSvd svd = Spectra.top(a, rank);
        DMatrixRMaj f = new DMatrixRMaj(n, rank);
        DMatrixRMaj l = new DMatrixRMaj(p, rank);
        double root = Math.sqrt(n);
        for (int k = 0; k < rank; k++) {
            // a zero singular value (no signal in that direction) still needs a direction to move
            double s = Math.max(svd.s()[k], 1e-6 * Math.max(svd.s()[0], 1e-300));
            for (int i = 0; i < n; i++) {
                f.unsafe_set(i, k, root * svd.u().unsafe_get(i, k));
            }
            for (int j = 0; j < p; j++) {
                l.unsafe_set(j, k, svd.v().unsafe_get(j, k) * s / root);
            }
        }
        return new DMatrixRMaj[] {f, l};
    }

    /** Phi^{-1}((rank - 1/2) / N) of every observed value (ties share their mid-rank), 0 where missing. */
    static DMatrixRMaj normalScores(MaskedMatrix y) {
        double[] v = y.values().data;
        double[] m = y.mask().data;
        int count = y.observed();
        Integer[] order = new Integer[count];
        int t = 0;
        for (int k = 0; k < v.length; k++) {
            if (m[k] != 0) {
                order[t++] = k;
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        DMatrixRMaj scores = new DMatrixRMaj(y.rows(), y.cols());
        int start = 0;
        while (start < count) {
            int end = start;
            while (end + 1 < count && v[order[end + 1]] == v[order[start]]) {
                end++;
            }
            double score = SpecialFunctions.normalQuantile(((start + end) / 2.0 + 0.5) / count);
            for (int q = start; q <= end; q++) {
                scores.data[order[q]] = score;
            }
            start = end + 1;
        }
        return scores;
    }

    private static void validate(MaskedMatrix y, int rank, DMatrixRMaj truth) {
        if (y == null) {
            throw new IllegalArgumentException("the observations are null");
        }
        int n = y.rows();
        int p = y.cols();
        if (rank < 1 || rank >= Math.min(n, p)) {
            throw new IllegalArgumentException("rank must be in [1, " + (Math.min(n, p) - 1) + "] for a " + n + " x " + p
                    + " matrix but is " + rank);
        }
        Matrices.requireFinite("Y", y.values());
        long needed = (long) rank * (n + p) + 3;
        if (y.observed() < needed) {
            throw new IllegalArgumentException("only " + y.observed() + " entries are observed but a rank-" + rank
                    + " model of a " + n + " x " + p + " matrix needs at least r (n + p) + 3 = " + needed);
        }
        if (truth != null) {
            Matrices.requireShape("the truth", truth, n, p);
            Matrices.requireFinite("the truth", truth);
        }
    }

    private static double rms(double[] fitted, double[] y) {
        double s = 0;
        for (int k = 0; k < y.length; k++) {
            double d = fitted[k] - y[k];
            s += d * d;
        }
        return Math.sqrt(s / y.length);
    }

    private static double relativeChange(double[] next, double[] previous) {
        double num = 0;
        double den = 0;
        for (int k = 0; k < next.length; k++) {
            double d = next[k] - previous[k];
            num += d * d;
            den += previous[k] * previous[k];
        }
        return den > 0 ? Math.sqrt(num / den) : num > 0 ? 1 : 0;
    }
}
