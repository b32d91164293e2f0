package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Means and centering of data matrices. For samples as rows, {@link #centerColumns} removes the
 * mean sample (what "centered" means for activation matrices); for samples as columns use
 * {@link #centerRows}.
 *
 * <pre>{@code
 * DMatrixRMaj Mc = Centering.centerColumns(M);   // every column of Mc has mean 0
 * }</pre>
 */
public final class Centering {

    private Centering() {
    }

    /** Mean of each column (length cols). */
    public static double[] columnMeans(DMatrixRMaj x) {
        double[] m = new double[x.numCols];
        for (int i = 0; i < x.numRows; i++) {
            int off = i * x.numCols;
            for (int j = 0; j < x.numCols; j++) {
                m[j] += x.data[off + j];
            }
        }
        for (int j = 0; j < m.length; j++) {
            m[j] /= x.numRows;
        }
        return m;
    }

    /** Mean of each row (length rows). */
    public static double[] rowMeans(DMatrixRMaj x) {
        double[] m = new double[x.numRows];
        for (int i = 0; i < x.numRows; i++) {
            double acc = 0;
            int off = i * x.numCols;
            for (int j = 0; j < x.numCols; j++) {
                acc += x.data[off + j];
            }
            m[i] = acc / x.numCols;
        }
        return m;
    }

    /** X minus its column means (a new matrix whose columns have mean 0). */
    public static DMatrixRMaj centerColumns(DMatrixRMaj x) {
        double[] m = columnMeans(x);
        DMatrixRMaj out = x.copy();
        for (int i = 0; i < x.numRows; i++) {
            int off = i * x.numCols;
            for (int j = 0; j < x.numCols; j++) {
                out.data[off + j] -= m[j];
            }
        }
        return out;
    }

    /** X minus its row means (a new matrix whose rows have mean 0). */
    public static DMatrixRMaj centerRows(DMatrixRMaj x) {
        double[] m = rowMeans(x);
        DMatrixRMaj out = x.copy();
        for (int i = 0; i < x.numRows; i++) {
            int off = i * x.numCols;
            for (int j = 0; j < x.numCols; j++) {
                out.data[off + j] -= m[i];
            }
        }
        return out;
    }
}
