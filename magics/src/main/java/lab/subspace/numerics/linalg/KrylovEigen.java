package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * The k largest eigenpairs of a large symmetric matrix (sparse or dense) by a restarted block
 * Krylov method: each cycle builds the block Krylov space {V, AV, ..., A^q V} with full
 * re-orthogonalisation, takes Rayleigh-Ritz pairs, and restarts from the best Ritz vectors.
 * The block is wider than k, so repeated eigenvalues (a graph with several connected
 * components) are found with all their copies. Cost per cycle: about (q + 1) b products with A
 * and O(n ((q + 1) b)^2) for the orthogonalisation, instead of the O(n^3) of a full
 * decomposition; this is what makes spectral clustering of thousands of points fast (a full
 * decomposition of an 800 x 800 matrix already takes seconds).
 *
 * <p>Small problems (n at most {@value #DENSE_LIMIT}) use the full symmetric decomposition.
 * Non-convergence is reported in the result, not thrown.
 *
 * <pre>{@code
 * TopEigenpairs top = KrylovEigen.largest(affinity, 8, 42);   // DMatrixSparseCSC or DMatrixRMaj
 * double lambda1 = top.values()[0];
 * }</pre>
 */
public final class KrylovEigen {

    /** Relative residual |A v - lambda v| / max|lambda| below which a pair counts as converged. */
    public static final double TOLERANCE = 1e-8;
    /** Restart cycles before giving up. */
    public static final int MAX_CYCLES = 300;
    /** Up to this size the full decomposition is used. */
    static final int DENSE_LIMIT = 160;
    /** Krylov steps per cycle. */
    private static final int STEPS = 6;

    /** A symmetric linear map y = A x on R^n ({@code y} arrives zeroed). */
    @FunctionalInterface
    public interface Operator {
        void apply(double[] x, double[] y);
    }

    private KrylovEigen() {
    }

    /** The k largest eigenpairs of a symmetric sparse matrix (only its stored entries are read). */
    public static TopEigenpairs largest(DMatrixSparseCSC a, int k, long seed) {
        if (a.numRows != a.numCols) {
            throw new IllegalArgumentException("the matrix must be square but is " + a.numRows + " x " + a.numCols);
        }
        for (int p = 0; p < a.nz_length; p++) {
            if (!Double.isFinite(a.nz_values[p])) {
                throw new IllegalArgumentException("the matrix has a non-finite entry " + a.nz_values[p]);
            }
        }
        return largest(a.numRows, (x, y) -> {
            for (int j = 0; j < a.numCols; j++) {
                double xj = x[j];
                if (xj == 0) {
                    continue;
                }
                for (int p = a.col_idx[j]; p < a.col_idx[j + 1]; p++) {
                    y[a.nz_rows[p]] += a.nz_values[p] * xj;
                }
            }
        }, k, seed);
    }

    /** The k largest eigenpairs of a symmetric dense matrix. */
    public static TopEigenpairs largest(DMatrixRMaj a, int k, long seed) {
        Spd.requireSymmetric("A", a);
        int n = a.numRows;
        return largest(n, (x, y) -> {
            for (int i = 0; i < n; i++) {
                int off = i * n;
                double s = 0;
                for (int j = 0; j < n; j++) {
                    s += a.data[off + j] * x[j];
                }
                y[i] = s;
            }
        }, k, seed);
    }

    /**
     * The k largest eigenpairs of a symmetric operator on R^n.
     *
     * @throws IllegalArgumentException unless 1 &lt;= k &lt;= n
     */
    public static TopEigenpairs largest(int n, Operator a, int k, long seed) {
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "] for a " + n + " x " + n + " matrix but is " + k);
        }
        if (n <= DENSE_LIMIT) {
            return dense(n, a, k);
        }
        int b = Math.min(n, k + Math.max(4, k / 2));
        int m = Math.min(n, (STEPS + 1) * b);
        Memory.requireDoubles(2L * m * n, "Krylov basis " + n + " x " + m);
        Rng rng = new Rng(seed);
        double[][] start = new double[b][];
        for (int j = 0; j < b; j++) {
            start[j] = rng.gaussianVector(n);
        }
        double[] values = null;
        double[][] vectors = null;
        double residual = Double.POSITIVE_INFINITY;
        boolean converged = false;
        int cycle = 0;
        while (cycle < MAX_CYCLES && !converged) {
            Interrupts.check();
            cycle++;
            Cycle c = cycle(n, a, start, m, b, rng);
            values = c.values;
            vectors = c.vectors;
            residual = 0;
            for (int j = 0; j < k; j++) {
                residual = Math.max(residual, c.residuals[j]);
            }
            converged = c.exact || residual <= TOLERANCE * Math.max(c.scale, Double.MIN_NORMAL);
            start = c.vectors;
        }
        return result(n, values, vectors, k, cycle, residual, converged);
    }

    /** One Rayleigh-Ritz pass over the block Krylov space of {@code start}; pairs sorted descending. */
    private record Cycle(double[] values, double[][] vectors, double[] residuals, double scale, boolean exact) {
    }

    /** Builds the space, then returns the {@code keep} best Ritz pairs (all of them if the space is smaller). */
    private static Cycle cycle(int n, Operator a, double[][] start, int maxBasis, int keep, Rng rng) {
        double[][] q = new double[maxBasis][];
        double[][] aq = new double[maxBasis][];
        int size = 0;
        int blockStart = 0;
        double[][] block = start;
        boolean exact = false;
        while (true) {
            for (double[] v : block) {
                if (size == maxBasis) {
                    break;
                }
                double[] w = v.clone();
                if (!orthonormalize(w, q, size)) {
                    // v lies in the span already: try a fresh random direction, else the span is all of R^n
                    w = rng.gaussianVector(n);
                    if (!orthonormalize(w, q, size)) {
                        exact = true;
                        continue;
                    }
                }
                q[size] = w;
                double[] y = new double[n];
                a.apply(w, y);
                aq[size] = y;
                size++;
            }
            if (size == maxBasis || size == n || exact) {
                exact |= size == n;
                break;
            }
            int blockEnd = size;
            block = new double[blockEnd - blockStart][];
            for (int j = blockStart; j < blockEnd; j++) {
                block[j - blockStart] = aq[j];
            }
            blockStart = blockEnd;
            Interrupts.check();
        }
        // Rayleigh-Ritz: T = Q^T A Q (symmetrised against rounding).
        DMatrixRMaj t = new DMatrixRMaj(size, size);
        for (int i = 0; i < size; i++) {
            for (int j = i; j < size; j++) {
                double s = 0.5 * (dot(q[i], aq[j]) + dot(q[j], aq[i]));
                t.unsafe_set(i, j, s);
                t.unsafe_set(j, i, s);
            }
        }
        SymmetricEigen e = Spd.eigen(t);
        int out = Math.min(keep, size);
        double[] values = new double[out];
        double[][] vectors = new double[out][];
        double[] residuals = new double[out];
        double scale = Math.max(Math.abs(e.values()[0]), Math.abs(e.values()[size - 1]));
        for (int r = 0; r < out; r++) {
            int col = size - 1 - r;
            values[r] = e.values()[col];
            double[] v = new double[n];
            double[] av = new double[n];
            for (int i = 0; i < size; i++) {
                double s = e.vectors().unsafe_get(i, col);
                axpy(s, q[i], v);
                axpy(s, aq[i], av);
            }
            axpy(-values[r], v, av);
            residuals[r] = Math.sqrt(dot(av, av));
            vectors[r] = v;
        }
        return new Cycle(values, vectors, residuals, scale, exact);
    }

    /** Two passes of classical Gram-Schmidt against q[0..size), then normalisation; false if w vanishes. */
    private static boolean orthonormalize(double[] w, double[][] q, int size) {
        double before = Math.sqrt(dot(w, w));
        if (before == 0) {
            return false;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < size; i++) {
                axpy(-dot(q[i], w), q[i], w);
            }
        }
        double after = Math.sqrt(dot(w, w));
        if (after <= 1e-10 * before) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= after;
        }
        return true;
    }

    private static TopEigenpairs dense(int n, Operator a, int k) {
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        double[] e = new double[n];
        double[] y = new double[n];
        for (int j = 0; j < n; j++) {
            Interrupts.check();
            java.util.Arrays.fill(e, 0);
            java.util.Arrays.fill(y, 0);
            e[j] = 1;
            a.apply(e, y);
            for (int i = 0; i < n; i++) {
                m.unsafe_set(i, j, y[i]);
            }
        }
        DMatrixRMaj sym = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sym.unsafe_set(i, j, 0.5 * (m.unsafe_get(i, j) + m.unsafe_get(j, i)));
            }
        }
        Matrices.requireFinite("A", sym);
        SymmetricEigen eig = Spd.eigen(sym);
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int r = 0; r < n; r++) {
            int col = n - 1 - r;
            values[r] = eig.values()[col];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = eig.vectors().unsafe_get(i, col);
            }
            vectors[r] = v;
        }
        double residual = 0;
        for (int r = 0; r < k; r++) {
            java.util.Arrays.fill(y, 0);
            a.apply(vectors[r], y);
            axpy(-values[r], vectors[r], y);
            residual = Math.max(residual, Math.sqrt(dot(y, y)));
        }
        return result(n, values, vectors, k, 0, residual, true);
    }

    private static TopEigenpairs result(int n, double[] values, double[][] vectors, int k, int cycles, double residual,
            boolean converged) {
        DMatrixRMaj v = new DMatrixRMaj(n, k);
        double[] top = new double[k];
        for (int j = 0; j < k; j++) {
            top[j] = values[j];
            double[] col = vectors[j];
            int big = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(col[i]) > Math.abs(col[big]) * (1 + 1e-9)) {
                    big = i;
                }
            }
            double sign = col[big] < 0 ? -1 : 1;
            for (int i = 0; i < n; i++) {
                v.unsafe_set(i, j, sign * col[i]);
            }
        }
        return new TopEigenpairs(top, v, cycles, residual, converged);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }
}
