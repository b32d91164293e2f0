package lab.subspace.magics.shift;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.Memory;

/**
 * The pooled sample U = X followed by Y, optionally z-scored per feature with the pooled mean
 * and standard deviation (label-free, so it cannot create or hide a difference between the sets).
 */
final class Pooled {

    final DMatrixRMaj points;
    final int referenceSize;
    final int testSize;

    private Pooled(DMatrixRMaj points, int referenceSize, int testSize) {
        this.points = points;
        this.referenceSize = referenceSize;
        this.testSize = testSize;
    }

    static Pooled of(DMatrixRMaj reference, DMatrixRMaj test, boolean standardize) {
        int nx = reference.numRows;
        int n = nx + test.numRows;
        int d = reference.numCols;
        Memory.requireDoubles((long) n * d, "pooled sample " + n + " x " + d);
        DMatrixRMaj u = new DMatrixRMaj(n, d);
        System.arraycopy(reference.data, 0, u.data, 0, nx * d);
        System.arraycopy(test.data, 0, u.data, nx * d, test.numRows * d);
        if (standardize) {
            for (int j = 0; j < d; j++) {
                double mean = 0;
                for (int i = 0; i < n; i++) {
                    mean += u.data[i * d + j];
                }
                mean /= n;
                double var = 0;
                for (int i = 0; i < n; i++) {
                    double c = u.data[i * d + j] - mean;
                    var += c * c;
                }
                double sd = Math.sqrt(var / Math.max(1, n - 1));
                double scale = sd > 0 ? 1 / sd : 1; // a constant feature carries no distance either way
                for (int i = 0; i < n; i++) {
                    u.data[i * d + j] = (u.data[i * d + j] - mean) * scale;
                }
            }
        }
        return new Pooled(u, nx, test.numRows);
    }

    int size() {
        return referenceSize + testSize;
    }

    /** The pooled rows {@code rows} (reference rows first, then test rows, in the given order). */
    Pooled subset(int[] referenceRows, int[] testRows) {
        int d = points.numCols;
        DMatrixRMaj u = new DMatrixRMaj(referenceRows.length + testRows.length, d);
        int r = 0;
        for (int i : referenceRows) {
            System.arraycopy(points.data, i * d, u.data, r++ * d, d);
        }
        for (int i : testRows) {
            System.arraycopy(points.data, (referenceSize + i) * d, u.data, r++ * d, d);
        }
        return new Pooled(u, referenceRows.length, testRows.length);
    }

    /** The pooled sample restricted to the feature columns {@code features}. */
    DMatrixRMaj columns(int[] features) {
        return columns(features, null);
    }

    /** The pooled rows in the order {@code rows} (null: as they are), restricted to {@code features}. */
    DMatrixRMaj columns(int[] features, int[] rows) {
        int d = points.numCols;
        int n = rows == null ? size() : rows.length;
        DMatrixRMaj out = new DMatrixRMaj(n, features.length);
        for (int i = 0; i < n; i++) {
            int src = (rows == null ? i : rows[i]) * d;
            for (int t = 0; t < features.length; t++) {
                out.data[i * features.length + t] = points.data[src + features[t]];
            }
        }
        return out;
    }
}
