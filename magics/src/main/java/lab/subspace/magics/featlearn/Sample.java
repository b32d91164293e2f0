package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;

/**
 * Inputs (rows = samples) and labels.
 *
 * @param x n x d inputs; not copied
 * @param y n labels; not copied
 */
public record Sample(DMatrixRMaj x, double[] y) {

    public Sample {
        Matrices.requireNonEmpty("X", x);
        Matrices.requireFinite("X", x);
        Matrices.requireFinite("y", y);
        if (y.length != x.numRows) {
            throw new IllegalArgumentException("X has " + x.numRows + " rows but y has " + y.length + " entries");
        }
    }

    /** Number of samples n. */
    public int size() {
        return x.numRows;
    }

    /** Input dimension d. */
    public int dimension() {
        return x.numCols;
    }

    /** Rows [from, to) as a new sample. */
    public Sample rows(int from, int to) {
        if (from < 0 || to > size() || from >= to) {
            throw new IllegalArgumentException("row range [" + from + ", " + to + ") is empty or outside 0.." + size());
        }
        DMatrixRMaj part = new DMatrixRMaj(to - from, dimension());
        System.arraycopy(x.data, from * dimension(), part.data, 0, part.data.length);
        return new Sample(part, java.util.Arrays.copyOfRange(y, from, to));
    }
}
