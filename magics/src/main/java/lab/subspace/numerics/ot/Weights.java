package lab.subspace.numerics.ot;

import java.util.Arrays;
import java.util.Locale;

/**
 * Weights of the two discrete measures: the uniform default and the checks every solver applies.
 *
 * <pre>{@code
 * double[] a = Weights.uniform(5);                 // {0.2, 0.2, 0.2, 0.2, 0.2}
 * OtProblem p = OtProblem.of(x, y).withWeights(a, b);  // validated here
 * }</pre>
 */
public final class Weights {

    /** Largest relative difference allowed between the total masses of a and b. */
    public static final double MASS_TOLERANCE = 1e-8;

    private Weights() {
    }

    /** {@code n} equal weights summing to one. */
    public static double[] uniform(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("a measure needs at least one point, got n = " + n);
        }
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    /**
     * Checks one weight vector (not modified) and returns a copy.
     *
     * @param name  "a" or "b", used in messages
     * @param w     the weights
     * @param n     the number of points they must match
     * @param owner what the points are called in messages ("x has 6 points")
     */
    static double[] check(String name, double[] w, int n, String owner) {
        if (w == null) {
            throw new IllegalArgumentException("weights " + name + " are null");
        }
        if (w.length != n) {
            throw new IllegalArgumentException("weights " + name + " have length " + w.length + " but " + owner
                    + " has " + n + " points");
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            double v = w[i];
            if (Double.isNaN(v)) {
                throw new IllegalArgumentException("weights " + name + " contain NaN at index " + i);
            }
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("weights " + name + " contain " + v + " at index " + i);
            }
            if (v < 0) {
                throw new IllegalArgumentException("weights " + name + " have a negative entry " + v + " at index " + i);
            }
            sum += v;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights " + name + " sum to zero");
        }
        return w.clone();
    }

    /** Both measures must carry the same mass (within {@link #MASS_TOLERANCE}, relative). */
    static void checkBalanced(double[] a, double[] b) {
        double sa = sum(a);
        double sb = sum(b);
        double diff = Math.abs(sa - sb);
        if (diff > MASS_TOLERANCE * Math.max(sa, sb)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "weights a and b have different total mass: sum a = %.17g, sum b = %.17g "
                            + "(relative difference %.3g exceeds %.0e)", sa, sb, diff / Math.max(sa, sb), MASS_TOLERANCE));
        }
    }

    static double sum(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v;
        }
        return s;
    }
}
