package lab.subspace.magics.mhanw;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Softmax;

/**
 * The Nadaraya-Watson estimator f(q) = sum_i K(q, k_i) v_i / sum_j K(q, k_j): with the kernel
 * exp(&lt;q, k&gt; / sqrt(d_k)) it is exactly one head of softmax attention ("Multi-Head Attention as
 * Ensemble Nadaraya-Watson Estimation"; see {@link AttentionIdentity}).
 *
 * <p>Keys and queries are rows. Estimates are formed one query at a time from the log-kernels
 * shifted by their maximum (a softmax that cannot overflow), so memory is O(n), not O(m n).
 *
 * <pre>{@code
 * double[] fit = NadarayaWatson.estimate(SmoothingKernel.gaussian(0.5), Xtrain, y, Xtest);
 * DMatrixRMaj W = NadarayaWatson.weights(SmoothingKernel.exponential(Math.sqrt(dk)), K, Q);  // = softmax(Q K^T / sqrt(dk))
 * }</pre>
 */
public final class NadarayaWatson {

    private NadarayaWatson() {
    }

    /** Estimates at each query row (m x d) from keys (n x d) and scalar values (n). */
    public static double[] estimate(SmoothingKernel kernel, DMatrixRMaj keys, double[] values, DMatrixRMaj queries) {
        check(keys, queries);
        Matrices.requireLength("values", values, keys.numRows);
        Matrices.requireFinite("values", values);
        double[] out = new double[queries.numRows];
        estimate(kernel, keys.data, keys.numCols, 0, keys.numRows, queries.data, queries.numCols, 0, queries.numRows,
                keys.numCols, values, out, new double[keys.numRows]);
        return out;
    }

    /** Estimates of vector values (n x d_v) at each query: an m x d_v matrix. */
    public static DMatrixRMaj estimate(SmoothingKernel kernel, DMatrixRMaj keys, DMatrixRMaj values, DMatrixRMaj queries) {
        check(keys, queries);
        Matrices.requireRows("values", values, keys.numRows);
        Matrices.requireFinite("values", values);
        DMatrixRMaj out = new DMatrixRMaj(queries.numRows, values.numCols);
        double[] column = new double[keys.numRows];
        double[] fitted = new double[queries.numRows];
        double[] scratch = new double[keys.numRows];
        for (int c = 0; c < values.numCols; c++) {
            for (int i = 0; i < keys.numRows; i++) {
                column[i] = values.unsafe_get(i, c);
            }
            estimate(kernel, keys.data, keys.numCols, 0, keys.numRows, queries.data, queries.numCols, 0, queries.numRows,
                    keys.numCols, column, fitted, scratch);
            for (int q = 0; q < queries.numRows; q++) {
                out.unsafe_set(q, c, fitted[q]);
            }
        }
        return out;
    }

    /** The m x n weight matrix: row q holds K(q, k_i) / sum_j K(q, k_j). */
    public static DMatrixRMaj weights(SmoothingKernel kernel, DMatrixRMaj keys, DMatrixRMaj queries) {
        check(keys, queries);
        Memory.requireDoubles((long) queries.numRows * keys.numRows, "NW weights " + queries.numRows + " x " + keys.numRows);
        DMatrixRMaj w = new DMatrixRMaj(queries.numRows, keys.numRows);
        int d = keys.numCols;
        for (int q = 0; q < queries.numRows; q++) {
            Interrupts.check();
            for (int i = 0; i < keys.numRows; i++) {
                w.data[q * keys.numRows + i] = kernel.log(queries.data, q * d, keys.data, i * d, d);
            }
        }
        Softmax.rowsInPlace(w);
        return w;
    }

    /**
     * The estimator on strided rows, so that one head's coordinates can be read out of a matrix
     * holding all heads side by side: key i is {@code keys[keyOffset + i * keyStride ..][0, dim)},
     * query q is {@code queries[queryOffset + q * queryStride ..][0, dim)}.
     *
     * @param out     receives the m estimates
     * @param scratch at least n doubles, overwritten
     */
    static void estimate(SmoothingKernel kernel, double[] keys, int keyStride, int keyOffset, int n, double[] queries,
            int queryStride, int queryOffset, int m, int dim, double[] values, double[] out, double[] scratch) {
        for (int q = 0; q < m; q++) {
            Interrupts.check();
            int qo = queryOffset + q * queryStride;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double s = kernel.log(queries, qo, keys, keyOffset + i * keyStride, dim);
                scratch[i] = s;
                max = Math.max(max, s);
            }
            // the softmax and the weighted sum in one pass (this loop is the Monte Carlo's hot spot)
            double total = 0;
            double acc = 0;
            for (int i = 0; i < n; i++) {
                double w = Math.exp(scratch[i] - max);
                total += w;
                acc += w * values[i];
            }
            out[q] = acc / total;
        }
    }

    private static void check(DMatrixRMaj keys, DMatrixRMaj queries) {
        if (keys.numRows == 0) {
            throw new IllegalArgumentException("Nadaraya-Watson needs at least one key but keys are " + Matrices.shape(keys));
        }
        Matrices.requireSameColumns("keys", keys, "queries", queries);
        Matrices.requireFinite("keys", keys);
        Matrices.requireFinite("queries", queries);
    }
}
