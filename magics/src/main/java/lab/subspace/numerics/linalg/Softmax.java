package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Overflow-free log-sum-exp and row-wise softmax (shifting by the maximum first), as needed by
 * attention weights, smoothed empirical scores and log-domain Sinkhorn iterations.
 *
 * <pre>{@code
 * double lse = Softmax.logSumExp(logits);
 * DMatrixRMaj P = Softmax.rows(scores);   // each row sums to 1
 * }</pre>
 */
public final class Softmax {

    private Softmax() {
    }

    /** log sum_i exp(x_i); -Infinity for an empty array or all -Infinity. */
    public static double logSumExp(double[] x) {
        return logSumExp(x, 0, x.length);
    }

    /** log-sum-exp of x[from..to). */
    public static double logSumExp(double[] x, int from, int to) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            max = Math.max(max, x[i]);
        }
        if (max == Double.NEGATIVE_INFINITY || Double.isNaN(max)) {
            return max;
        }
        if (max == Double.POSITIVE_INFINITY) {
            return max;
        }
        double acc = 0;
        for (int i = from; i < to; i++) {
            acc += Math.exp(x[i] - max);
        }
        return max + Math.log(acc);
    }

    /** log-sum-exp of each row. */
    public static double[] logSumExpRows(DMatrixRMaj x) {
        double[] out = new double[x.numRows];
        for (int i = 0; i < x.numRows; i++) {
            out[i] = logSumExp(x.data, i * x.numCols, (i + 1) * x.numCols);
        }
        return out;
    }

    /** Row-wise softmax into a new matrix. */
    public static DMatrixRMaj rows(DMatrixRMaj x) {
        DMatrixRMaj out = x.copy();
        rowsInPlace(out);
        return out;
    }

    /** Row-wise softmax, overwriting x. */
    public static void rowsInPlace(DMatrixRMaj x) {
        int c = x.numCols;
        for (int i = 0; i < x.numRows; i++) {
            softmaxRange(x.data, i * c, (i + 1) * c, x.data);
        }
    }

    /** exp(x - max) / sum: more accurate than exp(x - lse), whose large lse loses low bits. */
    private static void softmaxRange(double[] x, int from, int to, double[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            max = Math.max(max, x[i]);
        }
        double sum = 0;
        for (int i = from; i < to; i++) {
            out[i] = Math.exp(x[i] - max);
            sum += out[i];
        }
        for (int i = from; i < to; i++) {
            out[i] /= sum;
        }
    }

    /** Row-wise log-softmax into a new matrix. */
    public static DMatrixRMaj logRows(DMatrixRMaj x) {
        DMatrixRMaj out = x.copy();
        int c = x.numCols;
        for (int i = 0; i < x.numRows; i++) {
            double lse = logSumExp(x.data, i * c, (i + 1) * c);
            for (int j = i * c; j < (i + 1) * c; j++) {
                out.data[j] -= lse;
            }
        }
        return out;
    }

    /** Softmax of a vector into a new array. */
    public static double[] of(double[] x) {
        double[] p = new double[x.length];
        softmaxRange(x, 0, x.length, p);
        return p;
    }
}
