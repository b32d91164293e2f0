package lab.subspace.numerics.random;

import java.util.SplittableRandom;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;

import lab.subspace.kernel.spi.Interrupts;

/**
 * A seeded random source: the same seed gives the same numbers on every JDK.
 *
 * <p>Only {@link SplittableRandom#nextLong()} and {@link SplittableRandom#split()} are used (their
 * algorithms are specified and unchanged since JDK 8); uniforms, bounded integers and Gaussians
 * are derived here rather than through {@code RandomGenerator} defaults that a JDK may change.
 * Not thread-safe: give each thread its own stream with {@link #split()}.
 *
 * <pre>{@code
 * Rng rng = new Rng(42);
 * DMatrixRMaj X = rng.gaussian(1000, 20);          // i.i.d. N(0, 1)
 * DMatrixRMaj U = rng.orthonormal(100, 3);         // Haar basis of a random 3-dim subspace of R^100
 * int[] idx = rng.sample(1000, 50);                // 50 distinct indices
 * Rng child = rng.split();                         // independent stream
 * }</pre>
 */
public final class Rng {

    private final SplittableRandom source;
    private double spareGaussian;
    private boolean hasSpare;

    public Rng(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rng(SplittableRandom source) {
        this.source = source;
    }

    /** A new, statistically independent stream; this one advances by one step. */
    public Rng split() {
        return new Rng(source.split());
    }

    // ---------------------------------------------------------------- scalars

    /** 64 uniform random bits. */
    public long nextLong() {
        return source.nextLong();
    }

    /** Uniform on [0, 1) with 53 random bits. */
    public double uniform() {
        return (source.nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform on [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * uniform();
    }

    /** Uniform integer in [0, bound), without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive but is " + bound);
        }
        // Rejection on the top 31 bits: accept r unless it falls in the incomplete last block.
        while (true) {
            int r = (int) (source.nextLong() >>> 33);
            int v = r % bound;
            if (r - v + (bound - 1) >= 0) {
                return v;
            }
        }
    }

    /** Standard normal N(0, 1) (Marsaglia's polar method). */
    public double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * uniform() - 1;
            v = 2 * uniform() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        hasSpare = true;
        return u * f;
    }

    /** N(mean, sd^2). */
    public double gaussian(double mean, double sd) {
        return mean + sd * gaussian();
    }

    /** +1 or -1 with probability 1/2 each. */
    public double rademacher() {
        return source.nextLong() < 0 ? -1.0 : 1.0;
    }

    /** True with probability p. */
    public boolean bernoulli(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1] but is " + p);
        }
        return uniform() < p;
    }

    /**
     * An index drawn with probability proportional to {@code weights[i]}.
     *
     * @throws IllegalArgumentException if a weight is negative or not finite, or all are 0
     */
    public int categorical(double[] weights) {
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weights must be finite and >= 0 but weights[" + i + "] = "
                        + weights[i]);
            }
            total += weights[i];
        }
        if (total <= 0) {
            throw new IllegalArgumentException("weights sum to 0");
        }
        double u = uniform() * total;
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            if (u < acc && weights[i] > 0) {
                return i;
            }
        }
        for (int i = weights.length - 1; i >= 0; i--) {
            if (weights[i] > 0) {
                return i; // u rounded up to the total
            }
        }
        throw new IllegalStateException("unreachable");
    }

    // ---------------------------------------------------------------- vectors

    /** n i.i.d. N(0, 1) values. */
    public double[] gaussianVector(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = gaussian();
        }
        return v;
    }

    /** n i.i.d. uniform values on [lo, hi). */
    public double[] uniformVector(int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = uniform(lo, hi);
        }
        return v;
    }

    /** n i.i.d. signs (+1 / -1). */
    public double[] rademacherVector(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rademacher();
        }
        return v;
    }

    /** A uniformly random unit vector in R^n. */
    public double[] unitVector(int n) {
        while (true) {
            double[] v = gaussianVector(n);
            double norm = 0;
            for (double x : v) {
                norm += x * x;
            }
            if (norm > 0) {
                norm = Math.sqrt(norm);
                for (int i = 0; i < n; i++) {
                    v[i] /= norm;
                }
                return v;
            }
        }
    }

    // ---------------------------------------------------------------- matrices

    /** rows x cols matrix of i.i.d. N(0, 1), filled row by row. */
    public DMatrixRMaj gaussian(int rows, int cols) {
        return gaussian(rows, cols, 1.0);
    }

    /** rows x cols matrix of i.i.d. N(0, sd^2). */
    public DMatrixRMaj gaussian(int rows, int cols, double sd) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            if ((k & 0xFFFF) == 0) {
                Interrupts.check();
            }
            m.data[k] = sd * gaussian();
        }
        return m;
    }

    /** rows x cols matrix of i.i.d. uniforms on [lo, hi). */
    public DMatrixRMaj uniform(int rows, int cols, double lo, double hi) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = uniform(lo, hi);
        }
        return m;
    }

    /** rows x cols matrix of i.i.d. signs. */
    public DMatrixRMaj rademacher(int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = rademacher();
        }
        return m;
    }

    /** A Haar-distributed (uniformly random) n x n orthogonal matrix. */
    public DMatrixRMaj orthogonal(int n) {
        return orthonormal(n, n);
    }

    /**
     * A rows x cols matrix with orthonormal columns, uniformly distributed on the Stiefel manifold:
     * Q of the QR decomposition of a Gaussian matrix, with column signs chosen so that diag(R) &gt; 0
     * (without that correction Q is not Haar-distributed).
     *
     * @throws IllegalArgumentException if cols &gt; rows
     */
    public DMatrixRMaj orthonormal(int rows, int cols) {
        if (cols > rows || cols < 0) {
            throw new IllegalArgumentException("cannot have " + cols + " orthonormal columns in R^" + rows);
        }
        DMatrixRMaj g = gaussian(rows, cols);
        QRDecomposition<DMatrixRMaj> qr = DecompositionFactory_DDRM.qr(rows, cols);
        if (!qr.decompose(g)) {
            throw new IllegalStateException("QR decomposition failed");
        }
        DMatrixRMaj q = qr.getQ(null, true);
        DMatrixRMaj r = qr.getR(null, true);
        for (int j = 0; j < cols; j++) {
            if (r.get(j, j) < 0) {
                for (int i = 0; i < rows; i++) {
                    q.set(i, j, -q.get(i, j));
                }
            }
        }
        return q;
    }

    /** Orthonormal basis (D x k) of a uniformly random k-dimensional subspace of R^D. */
    public DMatrixRMaj subspace(int dimension, int k) {
        return orthonormal(dimension, k);
    }

    /** A random n x n permutation matrix P (P x permutes the entries of x). */
    public DMatrixRMaj permutationMatrix(int n) {
        int[] p = permutation(n);
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, p[i], 1);
        }
        return m;
    }

    // ---------------------------------------------------------------- indices

    /** A uniformly random permutation of 0..n-1. */
    public int[] permutation(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p);
        return p;
    }

    /** Shuffles in place (Fisher-Yates). */
    public void shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /**
     * k distinct indices from 0..n-1, uniformly, in random order (a partial Fisher-Yates shuffle;
     * memory O(n)).
     */
    public int[] sample(int n, int k) {
        if (k < 0 || k > n) {
            throw new IllegalArgumentException("cannot sample " + k + " distinct indices from " + n);
        }
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + nextInt(n - i);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return java.util.Arrays.copyOf(p, k);
    }

    /** n indices drawn uniformly from 0..n-1 with replacement (a bootstrap resample). */
    public int[] resample(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = nextInt(n);
        }
        return idx;
    }
}
