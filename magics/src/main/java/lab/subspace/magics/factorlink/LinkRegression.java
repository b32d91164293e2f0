package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.stats.Isotonic;
import lab.subspace.numerics.stats.MonotoneCubic;

/**
 * The link step of the block coordinate descent: kernel ridge regression of the observed
 * responses on the current index values z_ij = f_i^T l_j, then the projection onto non-decreasing
 * functions. The regression uses a Gaussian kernel on {@code knots} evenly spaced centres over the
 * range of z (a Nystrom restriction of the RKHS, so one step costs O(N knots^2) rather than O(N^3))
 * plus an unpenalised affine part, and penalises the RKHS norm alpha^T K alpha. The fitted curve
 * is evaluated on a grid four times finer than the centres, clamped to the range of the observed
 * responses, projected onto non-decreasing values by pool-adjacent-violators weighted by the
 * number of observations nearest each grid point ({@link Isotonic}) and stored as a monotone C^1 cubic
 * ({@link MonotoneCubic}) with the regression's own slopes where the projection left the curve
 * unchanged.
 *
 * <pre>{@code
 * EstimatedLink g = LinkRegression.fit(z, y, 12, Double.NaN);   // ridge by GCV
 * }</pre>
 */
public final class LinkRegression {

    /** Kernel width in units of the centre spacing: wide enough to overlap, narrow enough to bend. */
    static final double WIDTH_PER_SPACING = 1.5;

    /** Grid points per centre spacing for the monotone projection. */
    static final int GRID_PER_SPACING = 4;

    /** Ridge values tried by generalised cross-validation when the ridge is NaN ("auto"). */
    static final double[] AUTO_RIDGES = {1e-12, 1e-10, 1e-8, 1e-6, 1e-4, 1e-2, 1};

    private LinkRegression() {
    }

    /**
     * @param z      index values, one per observation (not modified)
     * @param y      observed responses (not modified)
     * @param knots  number of kernel centres (&gt;= 3)
     * @param ridge  RKHS-norm penalty per observation (&gt;= 0; scale-free, since fit and penalty
     *               both scale with y^2), or NaN to choose it from {@link #AUTO_RIDGES} by
     *               generalised cross-validation
     * @throws IllegalArgumentException for mismatched lengths, non-finite values, fewer than 3
     *                                  observations, knots &lt; 3 or a negative ridge
     */
    public static EstimatedLink fit(double[] z, double[] y, int knots, double ridge) {
        if (z.length != y.length) {
            throw new IllegalArgumentException("z has " + z.length + " values but y has " + y.length);
        }
        if (z.length < 3) {
            throw new IllegalArgumentException("the link step needs at least 3 observations but got " + z.length);
        }
        if (knots < 3) {
            throw new IllegalArgumentException("knots must be >= 3 but is " + knots);
        }
        if (!Double.isNaN(ridge) && (!(ridge >= 0) || Double.isInfinite(ridge))) {
            throw new IllegalArgumentException("ridge must be finite and >= 0 (or NaN for automatic) but is " + ridge);
        }
        Matrices.requireFinite("z", z);
        Matrices.requireFinite("y", y);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!(hi - lo > 1e-12 * Math.max(1, Math.abs(hi)))) {
            return flat(y, lo);
        }
        Basis basis = new Basis(lo, hi, knots);
        double[] coef = solve(basis, z, y, ridge);
        int count = GRID_PER_SPACING * (knots - 1) + 1;
        double[] grid = new double[count];
        double[] values = new double[count];
        double[] slopes = new double[count];
        for (int k = 0; k < count; k++) {
            grid[k] = lo + (hi - lo) * k / (count - 1);
            values[k] = basis.value(coef, grid[k]);
            slopes[k] = basis.derivative(coef, grid[k]);
        }
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            yMin = Math.min(yMin, v);
            yMax = Math.max(yMax, v);
        }
        double[] clamped = new double[count];
        for (int k = 0; k < count; k++) {
            // beyond the observed responses a least-squares link never gains: clamp (keeps monotonicity)
            clamped[k] = Math.min(yMax, Math.max(yMin, values[k]));
        }
        // weight grid points by the data near them, so wiggles between sparse points are pooled away
        double[] weight = new double[count];
        java.util.Arrays.fill(weight, 1e-3);
        for (double v : z) {
            weight[(int) Math.round((v - lo) / (hi - lo) * (count - 1))] += 1;
        }
        double[] monotone = Isotonic.fit(clamped, weight);
        for (int k = 0; k < count; k++) {
            if (monotone[k] != values[k]) {
                slopes[k] = 0; // pooled by the projection: the curve is flat there
            }
        }
        return new EstimatedLink(MonotoneCubic.of(grid, monotone, slopes), lo, hi);
    }

    /**
     * The penalised normal equations (Phi^T Phi + ridge N P) c = Phi^T y with P = diag(0, 0, K),
     * solved after Jacobi scaling by an SVD pseudo-inverse: the small (knots + 2)-square system is
     * ill-conditioned (overlapping Gaussians), and forming it costs O(N knots^2) once instead of a
     * QR of the N-row design. With an automatic ridge every candidate is scored by generalised
     * cross-validation from the same small matrices: far from the solution the (y, z) cloud is
     * noisy and wants a smooth link, near it the smallest ridge is the most accurate.
     */
    private static double[] solve(Basis basis, double[] z, double[] y, double ridge) {
        int n = z.length;
        int m = basis.centres.length;
        int cols = m + 2;
        double[] gram = new double[cols * cols];
        double[] rhs = new double[cols];
        double[] row = new double[cols];
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFF) == 0) {
                Interrupts.check();
            }
            basis.features(z[i], row);
            for (int a = 0; a < cols; a++) {
                double ra = row[a];
                if (ra == 0) {
                    continue;
                }
                rhs[a] += ra * y[i];
                int off = a * cols;
                for (int b = a; b < cols; b++) {
                    gram[off + b] += ra * row[b];
                }
            }
        }
        double yty = 0;
        for (double v : y) {
            yty += v * v;
        }
        // Jacobi scaling: the columns (constant, linear, narrow Gaussians) differ in size by orders
        double[] scale = new double[cols];
        for (int a = 0; a < cols; a++) {
            double d = gram[a * cols + a];
            scale[a] = d > 0 ? 1 / Math.sqrt(d) : 1;
        }
        DMatrixRMaj data = new DMatrixRMaj(cols, cols);
        DMatrixRMaj penalty = new DMatrixRMaj(cols, cols);
        DMatrixRMaj b = new DMatrixRMaj(cols, 1);
        for (int a = 0; a < cols; a++) {
            for (int c = a; c < cols; c++) {
                double v = gram[a * cols + c] * scale[a] * scale[c];
                data.unsafe_set(a, c, v);
                data.unsafe_set(c, a, v);
                if (a >= 2) {
                    double k = n * basis.kernel(basis.centres[a - 2], basis.centres[c - 2]) * scale[a] * scale[c];
                    penalty.unsafe_set(a, c, k);
                    penalty.unsafe_set(c, a, k);
                }
            }
            b.data[a] = rhs[a] * scale[a];
        }
        double[] candidates = Double.isNaN(ridge) ? AUTO_RIDGES : new double[] {ridge};
        DMatrixRMaj best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        for (double lambda : candidates) {
            DMatrixRMaj system = data.copy();
            CommonOps_DDRM.addEquals(system, lambda, penalty);
            LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
            if (!solver.setA(system)) {
                continue;
            }
            DMatrixRMaj x = new DMatrixRMaj(cols, 1);
            solver.solve(b, x);
            if (candidates.length == 1) {
                best = x;
                break;
            }
            // generalised cross-validation: RSS / (1 - df / N)^2; the RSS by a pass over the data,
            // since yty - 2 c.b + c^T G c cancels catastrophically for a steep link
            DMatrixRMaj hat = new DMatrixRMaj(cols, cols);
            solver.solve(data, hat);
            double df = CommonOps_DDRM.trace(hat);
            double[] coef = x.data.clone();
            for (int a = 0; a < cols; a++) {
                coef[a] *= scale[a];
            }
            double rss = 0;
            for (int i = 0; i < n; i++) {
                double d = y[i] - basis.value(coef, z[i]);
                rss += d * d;
            }
            double score = rss / Math.pow(Math.max(1e-12, 1 - df / n), 2);
            if (score < bestScore) {
                bestScore = score;
                best = x;
            }
        }
        if (best == null) {
            throw new IllegalStateException("the link regression's SVD failed on a " + cols + " x " + cols + " system");
        }
        for (int a = 0; a < cols; a++) {
            best.data[a] *= scale[a];
        }
        return best.data;
    }

    private static EstimatedLink flat(double[] y, double at) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        return new EstimatedLink(MonotoneCubic.of(new double[] {at - 1, at + 1}, new double[] {mean, mean}, new double[2]),
                at, at);
    }

    /** Features 1, (z - centre) / half-range, and the Gaussian kernel at each centre. */
    private static final class Basis {
        final double[] centres;
        final double mid;
        final double half;
        final double inv2w2;
        final double invW2;

        Basis(double lo, double hi, int knots) {
            centres = new double[knots];
            for (int k = 0; k < knots; k++) {
                centres[k] = lo + (hi - lo) * k / (knots - 1);
            }
            mid = (lo + hi) / 2;
            half = (hi - lo) / 2;
            double width = WIDTH_PER_SPACING * (hi - lo) / (knots - 1);
            invW2 = 1 / (width * width);
            inv2w2 = invW2 / 2;
        }

        double kernel(double s, double t) {
            double d = s - t;
            return Math.exp(-d * d * inv2w2);
        }

        void features(double t, double[] out) {
            out[0] = 1;
            out[1] = (t - mid) / half;
            for (int k = 0; k < centres.length; k++) {
                out[k + 2] = kernel(t, centres[k]);
            }
        }

        double value(double[] c, double t) {
            double v = c[0] + c[1] * (t - mid) / half;
            for (int k = 0; k < centres.length; k++) {
                v += c[k + 2] * kernel(t, centres[k]);
            }
            return v;
        }

        double derivative(double[] c, double t) {
            double v = c[1] / half;
            for (int k = 0; k < centres.length; k++) {
                v -= c[k + 2] * (t - centres[k]) * invW2 * kernel(t, centres[k]);
            }
            return v;
        }
    }
}
