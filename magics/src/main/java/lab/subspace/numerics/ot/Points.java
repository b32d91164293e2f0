package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/** Conversion and checks of point clouds (one point per row). */
final class Points {

    private Points() {
    }

    /** Copies {@code p} (rows = points) into a matrix, checking that it is rectangular and finite. */
    static DMatrixRMaj matrix(String name, double[][] p) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException(name + " has no points");
        }
        int d = p[0].length;
        DMatrixRMaj out = new DMatrixRMaj(p.length, d);
        for (int i = 0; i < p.length; i++) {
            if (p[i].length != d) {
                throw new IllegalArgumentException(name + " is ragged: row 0 has " + d + " coordinates but row " + i
                        + " has " + p[i].length);
            }
            System.arraycopy(p[i], 0, out.data, i * d, d);
        }
        return check(name, out);
    }

    /** Returns a copy of {@code p} after checking it has points, dimensions and only finite entries. */
    static DMatrixRMaj check(String name, DMatrixRMaj p) {
        if (p == null || p.numRows == 0) {
            throw new IllegalArgumentException(name + " has no points");
        }
        if (p.numCols == 0) {
            throw new IllegalArgumentException(name + " has points with zero coordinates (" + p.numRows + " x 0)");
        }
        int size = p.numRows * p.numCols;
        for (int k = 0; k < size; k++) {
            if (!Double.isFinite(p.data[k])) {
                throw new IllegalArgumentException(name + " contains " + p.data[k] + " at row " + k / p.numCols
                        + ", column " + k % p.numCols);
            }
        }
        return p.copy();
    }
}
