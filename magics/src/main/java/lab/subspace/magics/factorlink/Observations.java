package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;

/** The observed entries of a masked matrix by row (CSR) and by column (CSC), for the block steps. */
final class Observations {

    final int rows;
    final int cols;
    final int count;
    final int[] rowStart;
    final int[] rowCol;
    final double[] rowValue;
    final int[] colStart;
    final int[] colRow;
    final double[] colValue;

    private Observations(MaskedMatrix y) {
        rows = y.rows();
        cols = y.cols();
        double[] mask = y.mask().data;
        double[] values = y.values().data;
        int c = 0;
        for (double m : mask) {
            c += m != 0 ? 1 : 0;
        }
        count = c;
        rowStart = new int[rows + 1];
        rowCol = new int[count];
        rowValue = new double[count];
        colStart = new int[cols + 1];
        colRow = new int[count];
        colValue = new double[count];
        int t = 0;
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                int k = i * cols + j;
                if (mask[k] != 0) {
                    rowCol[t] = j;
                    rowValue[t] = values[k];
                    t++;
                    colStart[j + 1]++;
                }
            }
            rowStart[i + 1] = t;
        }
        for (int j = 0; j < cols; j++) {
            colStart[j + 1] += colStart[j];
        }
        int[] fill = colStart.clone();
        for (int i = 0; i < rows; i++) {
            for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
                int j = rowCol[s];
                colRow[fill[j]] = i;
                colValue[fill[j]] = rowValue[s];
                fill[j]++;
            }
        }
    }

    static Observations of(MaskedMatrix y) {
        return new Observations(y);
    }

    /** The observed responses in row order. */
    double[] responses() {
        return rowValue;
    }

    /** z_ij = f_i^T l_j at the observed entries, in row order. */
    double[] index(DMatrixRMaj f, DMatrixRMaj l) {
        int r = f.numCols;
        double[] z = new double[count];
        for (int i = 0; i < rows; i++) {
            for (int s = rowStart[i]; s < rowStart[i + 1]; s++) {
                int j = rowCol[s];
                double v = 0;
                for (int k = 0; k < r; k++) {
                    v += f.data[i * r + k] * l.data[j * r + k];
                }
                z[s] = v;
            }
        }
        return z;
    }
}
