package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Row-wise helpers for data matrices whose rows are samples.
 *
 * <pre>{@code
 * DMatrixRMaj Xs = RowOps.select(X, idx);   // rows idx of X
 * double[] r = RowOps.norms(X);             // |x_i|
 * }</pre>
 */
public final class RowOps {

    private RowOps() {
    }

    /** The rows listed in {@code rows} (repeats allowed), as a new matrix. */
    public static DMatrixRMaj select(DMatrixRMaj x, int[] rows) {
        DMatrixRMaj out = new DMatrixRMaj(rows.length, x.numCols);
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= x.numRows) {
                throw new IllegalArgumentException("row index " + rows[i] + " at position " + i
                        + " is outside 0.." + (x.numRows - 1));
            }
            System.arraycopy(x.data, rows[i] * x.numCols, out.data, i * x.numCols, x.numCols);
        }
        return out;
    }

    /** Row i as an array. */
    public static double[] row(DMatrixRMaj x, int i) {
        double[] r = new double[x.numCols];
        System.arraycopy(x.data, i * x.numCols, r, 0, x.numCols);
        return r;
    }

    /** Squared Euclidean norm of each row. */
    public static double[] squaredNorms(DMatrixRMaj x) {
        double[] out = new double[x.numRows];
        for (int i = 0; i < x.numRows; i++) {
            double acc = 0;
            int off = i * x.numCols;
            for (int j = 0; j < x.numCols; j++) {
                double v = x.data[off + j];
                acc += v * v;
            }
            out[i] = acc;
        }
        return out;
    }

    /** Euclidean norm of each row. */
    public static double[] norms(DMatrixRMaj x) {
        double[] out = squaredNorms(x);
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.sqrt(out[i]);
        }
        return out;
    }

    /** Rows scaled to unit norm (zero rows stay zero), as a new matrix. */
    public static DMatrixRMaj normalize(DMatrixRMaj x) {
        DMatrixRMaj out = x.copy();
        double[] n = norms(x);
        for (int i = 0; i < x.numRows; i++) {
            if (n[i] > 0) {
                for (int j = 0; j < x.numCols; j++) {
                    out.data[i * x.numCols + j] /= n[i];
                }
            }
        }
        return out;
    }
}
