package lab.subspace.display.matrix;

import org.ejml.data.DMatrix;

/** A rectangular view of a matrix-like value; ragged {@code double[][]} rows have absent cells. */
interface MatrixCells {

    /** E.g. "DMatrixRMaj 3 × 4" or "double[3][4]". */
    String header();

    int rows();

    int cols();

    boolean present(int i, int j);

    double get(int i, int j);

    static MatrixCells of(DMatrix m) {
        return new MatrixCells() {
            public String header() {
                return m.getClass().getSimpleName() + " " + m.getNumRows() + " × " + m.getNumCols();
            }

            public int rows() {
                return m.getNumRows();
            }

            public int cols() {
                return m.getNumCols();
            }

            public boolean present(int i, int j) {
                return true;
            }

            public double get(int i, int j) {
                return m.get(i, j);
            }
        };
    }

    static MatrixCells of(double[][] a) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (double[] row : a) {
            int n = row == null ? 0 : row.length;
            min = Math.min(min, n);
            max = Math.max(max, n);
        }
        int cols = max;
        String header = a.length == 0 || min == max ? "double[" + a.length + "][" + cols + "]"
                : "double[" + a.length + "][] (ragged: " + min + " to " + max + " columns)";
        return new MatrixCells() {
            public String header() {
                return header;
            }

            public int rows() {
                return a.length;
            }

            public int cols() {
                return cols;
            }

            public boolean present(int i, int j) {
                return a[i] != null && j < a[i].length;
            }

            public double get(int i, int j) {
                return a[i][j];
            }
        };
    }

    /** A vector shown as one row. */
    static MatrixCells of(double[] v) {
        return new MatrixCells() {
            public String header() {
                return "double[" + v.length + "]";
            }

            public int rows() {
                return 1;
            }

            public int cols() {
                return v.length;
            }

            public boolean present(int i, int j) {
                return true;
            }

            public double get(int i, int j) {
                return v[j];
            }
        };
    }
}
