package lab.subspace.numerics.ot;

import java.util.Locale;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;

/**
 * Projection directions for sliced transport: a d x L matrix whose columns are unit vectors.
 *
 * <pre>{@code
 * DMatrixRMaj theta = Directions.random(2, 100, 42L);   // same seed, same directions, on every JDK
 * }</pre>
 */
public final class Directions {

    /** How far from 1 a given direction's norm may be. */
    static final double NORM_TOLERANCE = 1e-6;

    private Directions() {
    }

    /**
     * L directions uniform on the unit sphere of R^d (normalised Gaussian vectors from
     * {@link java.util.Random}, whose Gaussian stream is fixed by its specification).
     */
    public static DMatrixRMaj random(int d, int count, long seed) {
        if (d <= 0 || count <= 0) {
            throw new IllegalArgumentException("need d >= 1 and at least one direction, got d = " + d + ", L = " + count);
        }
        Random rng = new Random(seed);
        DMatrixRMaj out = new DMatrixRMaj(d, count);
        double[] col = new double[d];
        for (int l = 0; l < count; l++) {
            double norm;
            do {
                norm = 0;
                for (int k = 0; k < d; k++) {
                    col[k] = rng.nextGaussian();
                    norm += col[k] * col[k];
                }
            } while (norm == 0);
            norm = Math.sqrt(norm);
            for (int k = 0; k < d; k++) {
                out.set(k, l, col[k] / norm);
            }
        }
        return out;
    }

    /** Checks that {@code theta} is d x L with unit columns and returns a copy. */
    static DMatrixRMaj check(DMatrixRMaj theta, int d) {
        if (theta == null) {
            throw new IllegalArgumentException("directions are null");
        }
        if (theta.numRows != d) {
            throw new IllegalArgumentException("directions have " + theta.numRows + " rows but the points have " + d
                    + " coordinates (pass a d x L matrix, one direction per column)");
        }
        if (theta.numCols == 0) {
            throw new IllegalArgumentException("directions matrix has no columns (L = 0)");
        }
        for (int l = 0; l < theta.numCols; l++) {
            double norm = 0;
            for (int k = 0; k < d; k++) {
                double t = theta.get(k, l);
                if (!Double.isFinite(t)) {
                    throw new IllegalArgumentException("direction " + l + " contains " + t);
                }
                norm += t * t;
            }
            norm = Math.sqrt(norm);
            if (Math.abs(norm - 1) > NORM_TOLERANCE) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "direction %d has norm %.6g; directions must be unit vectors", l, norm));
            }
        }
        return theta.copy();
    }
}
