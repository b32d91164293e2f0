package lab.subspace.magics.fourier;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;

/**
 * A user's labelled signals (one per row) as input to the experiments: label checks, a sampler
 * drawing rows with replacement for online SGD.
 *
 * <pre>{@code
 * int[] y = Datasets.labels(labelMatrix);
 * Sampler s = Datasets.sampler(X, y);
 * }</pre>
 */
public final class Datasets {

    private Datasets() {
    }

    /** Labels from a column or row vector of 0/1 values. */
    public static int[] labels(DMatrixRMaj m) {
        if (m.numRows != 1 && m.numCols != 1) {
            throw new IllegalArgumentException("labels must be a vector but are " + Matrices.shape(m));
        }
        int[] y = new int[m.getNumElements()];
        for (int i = 0; i < y.length; i++) {
            double v = m.data[i];
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException("labels must be 0 or 1 but label " + i + " is " + v);
            }
            y[i] = (int) v;
        }
        return y;
    }

    /** Checks that {@code labels} has one 0/1 entry per row of {@code x}, both classes present, x finite. */
    static void requireLabels(String name, DMatrixRMaj x, int[] labels) {
        if (x.numRows != labels.length) {
            throw new IllegalArgumentException("the " + name + " set has " + x.numRows + " rows but " + labels.length + " labels");
        }
        Matrices.requireFinite(name + " set", x);
        boolean[] seen = new boolean[2];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException(name + " labels must be 0 or 1 but label " + i + " is " + labels[i]);
            }
            seen[labels[i]] = true;
        }
        if (!seen[0] || !seen[1]) {
            throw new IllegalArgumentException("the " + name + " set needs both classes but has only class " + (seen[0] ? 0 : 1));
        }
    }

    /** Rows drawn uniformly with replacement (the rows are not copied: do not modify x). */
    public static Sampler sampler(DMatrixRMaj x, int[] labels) {
        requireLabels("training", x, labels);
        int d = x.numCols;
        return rng -> {
            int i = rng.nextInt(x.numRows);
            double[] row = new double[d];
            System.arraycopy(x.data, i * d, row, 0, d);
            return new Sampler.Example(row, labels[i]);
        };
    }
}
