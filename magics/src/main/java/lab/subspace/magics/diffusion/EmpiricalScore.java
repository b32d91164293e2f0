package lab.subspace.magics.diffusion;

import java.util.Locale;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.linalg.Subspaces;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The smoothed empirical score of n training samples x_1..x_n: the exact score of the forward
 * process started from their empirical distribution,
 * s_t(x) = sum_i w_i(x) (a_t x_i - x) / s_t^2 with w = softmax_i(-|x - a_t x_i|^2 / (2 s_t^2)),
 * so that the denoiser is the weighted mean E[x_0 | x_t = x] = sum_i w_i(x) x_i. This is the
 * score estimator of "Diffusion Models Are Statistically Optimal for Learning Low-Dimensional
 * Multi-Modal Distributions" (reconstructed from its abstract).
 *
 * <p>Cost: one call evaluates n x m weights (m query points). The weights only depend on the
 * component of x inside the span of the training samples (the orthogonal component adds the same
 * |x_perp|^2 to every distance and cancels in the softmax), so distances are computed in an
 * orthonormal basis of that span, of dimension r &lt;= min(n, D): r = K k for K subspaces of
 * dimension k, whatever the ambient dimension D. This is exact, not an approximation.
 *
 * <pre>{@code
 * EmpiricalScore score = EmpiricalScore.of(train);           // n x D training samples
 * DMatrixRMaj x0 = score.denoise(xt, 0.01);                  // weighted means of training points
 * int r = score.spanDimension();                             // e.g. 9 for 3 planes in R^100
 * }</pre>
 */
public final class EmpiricalScore implements ScoreModel {

    /**
     * Weights below e^{-CUTOFF} times the largest one are skipped: they change the normalised
     * weights by less than n e^{-CUTOFF} = n 1e-20, far below double rounding, and skipping them
     * saves most of the exponentials once the noise is small.
     */
    static final double CUTOFF = 46;

    private final int n;
    private final int dimension;
    private final int rank;
    /** D x r orthonormal basis of the span of the training samples, or null when r = D (identity). */
    private final DMatrixRMaj basis;
    /** Training coordinates in the basis, stored by coordinate: coords[d * n + i] (vectorisable loops). */
    private final double[] coords;
    private final boolean parallel;

    private EmpiricalScore(int n, int dimension, int rank, DMatrixRMaj basis, double[] coords, boolean parallel) {
        this.n = n;
        this.dimension = dimension;
        this.rank = rank;
        this.basis = basis;
        this.coords = coords;
        this.parallel = parallel;
    }

    /**
     * The smoothed empirical score of the rows of {@code train} (copied).
     *
     * @throws IllegalArgumentException for an empty matrix or non-finite entries
     */
    public static EmpiricalScore of(DMatrixRMaj train) {
        if (train == null) {
            throw new IllegalArgumentException("training samples are null");
        }
        Matrices.requireNonEmpty("training samples", train);
        Matrices.requireFinite("training samples", train);
        int n = train.numRows;
        int d = train.numCols;
        DMatrixRMaj basis = Subspaces.basis(CommonOps_DDRM.transpose(train, null));
        int r = Math.max(1, basis.numCols);
        DMatrixRMaj local;
        if (r >= d) {
            basis = null;
            r = d;
            local = train;
        } else if (basis.numCols == 0) {
            basis = new DMatrixRMaj(d, 1);   // all samples are 0: any direction will do
            basis.set(0, 0, 1);
            local = new DMatrixRMaj(n, 1);
        } else {
            local = CommonOps_DDRM.mult(train, basis, null);
        }
        Memory.requireDoubles((long) n * r, "training coordinates " + n + " x " + r);
        double[] coords = new double[n * r];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < r; j++) {
                coords[j * n + i] = local.data[i * r + j];
            }
        }
        return new EmpiricalScore(n, d, r, basis, coords, true);
    }

    /**
     * The same score evaluated on the calling thread only: for callers that already run many
     * samplers in parallel (the rate experiment does).
     */
    public EmpiricalScore sequential() {
        return new EmpiricalScore(n, dimension, rank, basis, coords, false);
    }

    /** Number of training samples n. */
    public int size() {
        return n;
    }

    /** Ambient dimension D. */
    public int dimension() {
        return dimension;
    }

    /** Dimension r of the span of the training samples, where the weights are computed. */
    public int spanDimension() {
        return rank;
    }

    @Override
    public DMatrixRMaj score(DMatrixRMaj x, double t) {
        DMatrixRMaj mean = denoise(x, t);
        double a = ForwardProcess.alpha(t);
        double s2 = ForwardProcess.variance(t);
        for (int k = 0; k < mean.data.length; k++) {
            mean.data[k] = (a * mean.data[k] - x.data[k]) / s2;
        }
        return mean;
    }

    /** sum_i w_i(x) x_i for each row x of {@code x} (m x D); a new m x D matrix. */
    @Override
    public DMatrixRMaj denoise(DMatrixRMaj x, double t) {
        if (x == null || x.numCols != dimension) {
            throw new IllegalArgumentException("points must have " + dimension + " columns (the training dimension) but are "
                    + (x == null ? "null" : Matrices.shape(x)));
        }
        if (!(t > 0) || Double.isInfinite(t)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "time t must be positive and finite but is %s", t));
        }
        int m = x.numRows;
        DMatrixRMaj query = basis == null ? x : CommonOps_DDRM.mult(x, basis, null);
        DMatrixRMaj mean = new DMatrixRMaj(m, rank);
        double a = ForwardProcess.alpha(t);
        double twoS2 = 2 * ForwardProcess.variance(t);
        Parallel.RangeBody body = (lo, hi) -> weightedMeans(query, a, twoS2, mean, lo, hi);
        if (parallel) {
            // a few rows per task: each row costs n r, and the split does not change the numbers
            Parallel.forRange(m, Math.max(1, 4096 / Math.max(1, n)), null, body);
        } else {
            body.run(0, m);
        }
        return basis == null ? mean : CommonOps_DDRM.multTransB(mean, basis, null);
    }

    private void weightedMeans(DMatrixRMaj query, double a, double twoS2, DMatrixRMaj out, int lo, int hi) {
        double[] dist = new double[n];
        double[] weight = new double[n];
        int r = rank;
        for (int row = lo; row < hi; row++) {
            // |q - a y_i|^2 coordinate by coordinate: contiguous loops over the training points
            java.util.Arrays.fill(dist, 0);
            for (int j = 0; j < r; j++) {
                double c = query.data[row * r + j];
                int off = j * n;
                for (int i = 0; i < n; i++) {
                    double diff = c - a * coords[off + i];
                    dist[i] += diff * diff;
                }
            }
            mean(dist, twoS2, weight, out.data, row * r);
        }
    }

    /** Softmax weights from squared distances, then the weighted mean of the training coordinates into out[at..at+r). */
    private void mean(double[] dist, double twoS2, double[] weight, double[] out, int at) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, dist[i]);
        }
        // the largest weight is 1; those below e^{-CUTOFF} are set to 0 without an exponential
        double limit = min + CUTOFF * twoS2;
        double inv = 1 / twoS2;
        double total = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double w = dist[i] <= limit ? Math.exp((min - dist[i]) * inv) : 0;
            weight[i] = w;
            total += w;
            count += w > 0 ? 1 : 0;
        }
        int r = rank;
        if (4 * count < n) {
            // few neighbours matter (small noise): visit only them
            for (int j = 0; j < r; j++) {
                out[at + j] = 0;
            }
            for (int i = 0; i < n; i++) {
                double w = weight[i];
                if (w > 0) {
                    for (int j = 0; j < r; j++) {
                        out[at + j] += w * coords[j * n + i];
                    }
                }
            }
        } else {
            for (int j = 0; j < r; j++) {
                int off = j * n;
                double s0 = 0;
                double s1 = 0;
                int i = 0;
                for (; i + 1 < n; i += 2) {
                    s0 += weight[i] * coords[off + i];
                    s1 += weight[i + 1] * coords[off + i + 1];
                }
                for (; i < n; i++) {
                    s0 += weight[i] * coords[off + i];
                }
                out[at + j] = s0 + s1;
            }
        }
        for (int j = 0; j < r; j++) {
            out[at + j] /= total;
        }
    }
}
