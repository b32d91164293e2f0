package lab.subspace.numerics.linalg;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;

/**
 * Singular values, leading singular vectors and the spectrum summaries used to measure how
 * low-dimensional a set of vectors is: energy rank, cumulative energy, stable rank.
 *
 * <p>For a d x n matrix with n &lt;&lt; d (or d &lt;&lt; n) the singular values are the square
 * roots of the eigenvalues of the small Gram matrix ({@link Gram}, {@link SymmetricEigenvalues}),
 * which is several times cheaper than an SVD; this is how, e.g., the effective-rank audit of
 * "Effective-rank audit of alignment-induced activation shifts" computes rank_eps of
 * activation-difference matrices.
 * Trade-off: singular values below about {@code 1e-7 s_1} then have only absolute accuracy
 * {@code ~1e-8 s_1} (energy-based quantities are unaffected). {@link Method#SVD} forces the
 * accurate path.
 *
 * <pre>{@code
 * Spectrum sp = Spectra.spectrum(M);                    // M is 4096 x 512
 * int k = sp.energyRank(0.05);                           // rank_eps with eps = 0.05
 * TruncatedSvd top = Spectra.top(M, 3);                  // U (4096 x 3), s, V (512 x 3)
 * }</pre>
 */
public final class Spectra {

    /** How to compute singular values. */
    public enum Method {
        /** {@link #GRAM} when one side is at least {@value Spectra#GRAM_ASPECT} times the other, else {@link #SVD}. */
        AUTO,
        /** Eigenvalues of the smaller Gram matrix A^T A or A A^T. */
        GRAM,
        /** EJML's SVD (Golub-Kahan bidiagonalisation and implicit QR). */
        SVD
    }

    /** Aspect ratio from which {@link Method#AUTO} uses the Gram matrix. */
    public static final int GRAM_ASPECT = 2;

    /** Gram-path singular vectors are used only while s_k / s_1 stays above this (errors ~ 1e-16 (s_1/s_k)^2). */
    static final double GRAM_VECTOR_RATIO = 1e-3;

    private Spectra() {
    }

    // ---------------------------------------------------------------- singular values

    /** Singular values of A, descending, with the cheaper method. A is not modified. */
    public static Spectrum spectrum(DMatrixRMaj a) {
        return spectrum(a, Method.AUTO);
    }

    /** Singular values of A, descending, with the given method. A is not modified. */
    public static Spectrum spectrum(DMatrixRMaj a, Method method) {
        Matrices.requireFinite("matrix", a);
        Method used = resolve(a, method);
        double[] s = used == Method.GRAM ? gramValues(a) : svdValues(a);
        return new Spectrum(s, a.numRows, a.numCols, used);
    }

    /** Singular values of A, descending (length min(d, n)). */
    public static double[] singularValues(DMatrixRMaj a) {
        return spectrum(a).values();
    }

    private static Method resolve(DMatrixRMaj a, Method method) {
        if (method != Method.AUTO) {
            return method;
        }
        int small = Math.min(a.numRows, a.numCols);
        int large = Math.max(a.numRows, a.numCols);
        return large >= GRAM_ASPECT * (long) small ? Method.GRAM : Method.SVD;
    }

    private static double[] gramValues(DMatrixRMaj a) {
        int m = Math.min(a.numRows, a.numCols);
        if (m == 0) {
            return new double[0];
        }
        DMatrixRMaj g = a.numCols <= a.numRows ? Gram.ofColumns(a) : Gram.ofRows(a);
        double[] lambda = SymmetricEigenvalues.orNull(g, true);
        if (lambda == null) {
            // The symmetric QR algorithm essentially never fails; fall back to the SVD if it does.
            return svdValues(a);
        }
        double[] s = new double[m];
        for (int i = 0; i < m; i++) {
            s[i] = Math.sqrt(Math.max(0, lambda[i]));
        }
        return s;
    }

    private static double[] svdValues(DMatrixRMaj a) {
        int m = Math.min(a.numRows, a.numCols);
        if (m == 0) {
            return new double[0];
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(a.numRows, a.numCols, false, false, true);
        if (!svd.decompose(svd.inputModified() ? a.copy() : a)) {
            throw new IllegalStateException("SVD did not converge on a " + Matrices.shape(a) + " matrix");
        }
        double[] s = Arrays.copyOf(svd.getSingularValues(), m);
        sortDescending(s);
        return s;
    }

    // ---------------------------------------------------------------- singular vectors

    /**
     * The k leading singular triplets. Uses the Gram matrix's eigenvectors when A is far from
     * square and s_k is not tiny relative to s_1 (so the vectors stay accurate), else a thin SVD.
     *
     * @throws IllegalArgumentException unless 0 &lt;= k &lt;= min(d, n)
     */
    public static TruncatedSvd top(DMatrixRMaj a, int k) {
        int m = Math.min(a.numRows, a.numCols);
        if (k < 0 || k > m) {
            throw new IllegalArgumentException("k must be in [0, " + m + "] for a " + Matrices.shape(a)
                    + " matrix but is " + k);
        }
        Matrices.requireFinite("matrix", a);
        if (resolve(a, Method.AUTO) == Method.GRAM && k > 0) {
            TruncatedSvd viaGram = topByGram(a, k);
            if (viaGram != null) {
                return viaGram;
            }
        }
        return topBySvd(a, k);
    }

    /** The thin SVD: all min(d, n) triplets, descending. */
    public static TruncatedSvd svd(DMatrixRMaj a) {
        Matrices.requireFinite("matrix", a);
        return topBySvd(a, Math.min(a.numRows, a.numCols));
    }

    private static TruncatedSvd topBySvd(DMatrixRMaj a, int k) {
        int d = a.numRows;
        int n = a.numCols;
        int m = Math.min(d, n);
        if (m == 0) {
            return new TruncatedSvd(new DMatrixRMaj(d, 0), new double[0], new DMatrixRMaj(n, 0));
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(d, n, true, true, true);
        if (!svd.decompose(svd.inputModified() ? a.copy() : a)) {
            throw new IllegalStateException("SVD did not converge on a " + Matrices.shape(a) + " matrix");
        }
        double[] w = svd.getSingularValues();
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        Integer[] order = descendingOrder(w, m);
        DMatrixRMaj uk = new DMatrixRMaj(d, k);
        DMatrixRMaj vk = new DMatrixRMaj(n, k);
        double[] s = new double[k];
        for (int j = 0; j < k; j++) {
            int src = order[j];
            s[j] = w[src];
            copyColumn(u, src, uk, j);
            copyColumn(v, src, vk, j);
        }
        fixSigns(uk, vk);
        return new TruncatedSvd(uk, s, vk);
    }

    /** Null when s_k is too small for Gram-based vectors to be accurate. */
    private static TruncatedSvd topByGram(DMatrixRMaj a, int k) {
        boolean tall = a.numRows >= a.numCols;
        int m = Math.min(a.numRows, a.numCols);
        DMatrixRMaj g = tall ? Gram.ofColumns(a) : Gram.ofRows(a);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, true);
        if (!eig.decompose(g)) {
            return null;
        }
        double[] lambda = new double[m];
        for (int i = 0; i < m; i++) {
            lambda[i] = eig.getEigenvalue(i).real;
        }
        Integer[] order = descendingOrder(lambda, m);
        double s1 = Math.sqrt(Math.max(0, lambda[order[0]]));
        double sk = Math.sqrt(Math.max(0, lambda[order[k - 1]]));
        if (s1 == 0 || sk < GRAM_VECTOR_RATIO * s1) {
            return null;
        }
        // Eigenvectors of the small Gram matrix are one side's singular vectors; the other side
        // is A x / s (or A^T x / s).
        DMatrixRMaj small = new DMatrixRMaj(m, k);
        double[] s = new double[k];
        for (int j = 0; j < k; j++) {
            DMatrixRMaj vec = eig.getEigenVector(order[j]);
            s[j] = Math.sqrt(lambda[order[j]]);
            for (int i = 0; i < m; i++) {
                small.unsafe_set(i, j, vec.get(i));
            }
        }
        Memory.requireDoubles((long) Math.max(a.numRows, a.numCols) * k, "singular vectors");
        DMatrixRMaj other = tall ? CommonOps_DDRM.mult(a, small, null) : CommonOps_DDRM.multTransA(a, small, null);
        for (int i = 0; i < other.numRows; i++) {
            for (int j = 0; j < k; j++) {
                other.unsafe_set(i, j, other.unsafe_get(i, j) / s[j]);
            }
        }
        DMatrixRMaj u = tall ? other : small;
        DMatrixRMaj v = tall ? small : other;
        fixSigns(u, v);
        return new TruncatedSvd(u, s, v);
    }

    // ---------------------------------------------------------------- spectrum summaries

    /** Sum of squares. */
    public static double totalEnergy(double[] s) {
        double t = 0;
        for (double x : s) {
            t += x * x;
        }
        return t;
    }

    /**
     * rank_eps = min{k : sum_{i&lt;=k} s_i^2 &gt;= (1 - eps) sum_i s_i^2} for singular values s
     * (any order; they are sorted here). 0 for an all-zero spectrum.
     *
     * @throws IllegalArgumentException unless 0 &lt;= eps &lt; 1
     */
    public static int energyRank(double[] s, double eps) {
        if (!(eps >= 0 && eps < 1)) {
            throw new IllegalArgumentException("eps must be in [0, 1) but is " + eps);
        }
        double[] c = cumulativeEnergy(s);
        if (c.length == 0 || totalEnergy(s) == 0) {
            return 0;
        }
        double target = 1 - eps;
        for (int k = 0; k < c.length; k++) {
            // a relative slack of a few ulps absorbs rounding in the running sum
            if (c[k] >= target - 4 * Math.ulp(1.0)) {
                return k + 1;
            }
        }
        return c.length;
    }

    /**
     * Fraction of energy in the top k values, for k = 1..len: {@code c[k-1] = sum_{i<=k} s_i^2 / sum s_i^2}
     * (values sorted descending first; all zeros for an all-zero spectrum).
     */
    public static double[] cumulativeEnergy(double[] s) {
        double[] sorted = s.clone();
        sortDescending(sorted);
        double total = totalEnergy(sorted);
        double[] c = new double[sorted.length];
        double acc = 0;
        for (int i = 0; i < sorted.length; i++) {
            acc += sorted[i] * sorted[i];
            c[i] = total == 0 ? 0 : acc / total;
        }
        if (total > 0 && c.length > 0) {
            c[c.length - 1] = 1.0;
        }
        return c;
    }

    /** Stable rank sum s_i^2 / max s_i^2 (0 for an all-zero spectrum). */
    public static double stableRank(double[] s) {
        double max = 0;
        for (double x : s) {
            max = Math.max(max, Math.abs(x));
        }
        return max == 0 ? 0 : totalEnergy(s) / (max * max);
    }

    // ---------------------------------------------------------------- helpers

    static void sortDescending(double[] s) {
        Arrays.sort(s);
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double t = s[i];
            s[i] = s[j];
            s[j] = t;
        }
    }

    private static Integer[] descendingOrder(double[] w, int m) {
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(w[y], w[x]));
        return order;
    }

    private static void copyColumn(DMatrixRMaj src, int from, DMatrixRMaj dst, int to) {
        for (int i = 0; i < src.numRows; i++) {
            dst.unsafe_set(i, to, src.unsafe_get(i, from));
        }
    }

    /** Makes the largest-magnitude entry of each U column positive, flipping V's column with it. */
    static void fixSigns(DMatrixRMaj u, DMatrixRMaj v) {
        for (int j = 0; j < u.numCols; j++) {
            int best = 0;
            double bestAbs = -1;
            for (int i = 0; i < u.numRows; i++) {
                double x = Math.abs(u.unsafe_get(i, j));
                if (x > bestAbs * (1 + 1e-9)) {
                    bestAbs = x;
                    best = i;
                }
            }
            if (u.numRows > 0 && u.unsafe_get(best, j) < 0) {
                for (int i = 0; i < u.numRows; i++) {
                    u.unsafe_set(i, j, -u.unsafe_get(i, j));
                }
                for (int i = 0; i < v.numRows; i++) {
                    v.unsafe_set(i, j, -v.unsafe_get(i, j));
                }
            }
        }
    }
}
