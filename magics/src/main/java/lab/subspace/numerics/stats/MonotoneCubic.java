package lab.subspace.numerics.stats;

import java.util.Arrays;

import lab.subspace.data.Matrices;

/**
 * A non-decreasing, continuously differentiable piecewise-cubic Hermite interpolant through
 * non-decreasing knot values, with the Fritsch-Carlson slope limiter ("Monotone piecewise cubic
 * interpolation", SIAM J. Numer. Anal. 17, 1980). Beyond the end knots it continues linearly with
 * the end slopes, so it stays monotone and has a usable derivative everywhere. Used after an
 * isotonic projection to turn a monotone fit back into a smooth function (e.g. an estimated link,
 * "Nonlinear factor models with unknown monotone links").
 *
 * <pre>{@code
 * double[] v = Isotonic.fit(values);                       // monotone knot values
 * MonotoneCubic g = MonotoneCubic.of(knots, v, slopes);     // slopes: estimates, limited here
 * double y = g.value(0.3), dy = g.derivative(0.3);
 * }</pre>
 */
public final class MonotoneCubic {

    private final double[] x;
    private final double[] y;
    private final double[] d;

    private MonotoneCubic(double[] x, double[] y, double[] d) {
        this.x = x;
        this.y = y;
        this.d = d;
    }

    /**
     * The interpolant through (x_k, y_k) with slope estimates d_k, which are clipped at 0 and limited
     * so that every piece is monotone (slopes are kept where they already are admissible, so exact
     * slopes of a monotone function give fourth-order accuracy). No argument is modified.
     *
     * @throws IllegalArgumentException for fewer than 2 knots, mismatched lengths, non-finite values,
     *                                  x not strictly increasing or y decreasing
     */
    public static MonotoneCubic of(double[] x, double[] y, double[] slopes) {
        if (x.length != y.length || x.length != slopes.length) {
            throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length + " and slopes "
                    + slopes.length + ": they must have the same length");
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a monotone cubic needs at least 2 knots but got " + x.length);
        }
        Matrices.requireFinite("x", x);
        Matrices.requireFinite("y", y);
        Matrices.requireFinite("slopes", slopes);
        for (int k = 1; k < x.length; k++) {
            if (!(x[k] > x[k - 1])) {
                throw new IllegalArgumentException("knots must increase strictly but x[" + (k - 1) + "] = " + x[k - 1]
                        + " and x[" + k + "] = " + x[k]);
            }
            if (y[k] < y[k - 1]) {
                throw new IllegalArgumentException("values must be non-decreasing but y[" + (k - 1) + "] = " + y[k - 1]
                        + " > y[" + k + "] = " + y[k]);
            }
        }
        int n = x.length;
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            d[k] = Math.max(0, slopes[k]);
        }
        for (int k = 0; k < n - 1; k++) {
            double secant = (y[k + 1] - y[k]) / (x[k + 1] - x[k]);
            if (secant == 0) {
                // a flat piece must stay flat
                d[k] = 0;
                d[k + 1] = 0;
                continue;
            }
            double a = d[k] / secant;
            double b = d[k + 1] / secant;
            double s = a * a + b * b;
            if (s > 9) {
                double tau = 3 / Math.sqrt(s);
                d[k] = tau * a * secant;
                d[k + 1] = tau * b * secant;
            }
        }
        return new MonotoneCubic(x.clone(), y.clone(), d);
    }

    /** The interpolant's value at t. */
    public double value(double t) {
        int n = x.length;
        if (t <= x[0]) {
            return y[0] + d[0] * (t - x[0]);
        }
        if (t >= x[n - 1]) {
            return y[n - 1] + d[n - 1] * (t - x[n - 1]);
        }
        int k = piece(t);
        double h = x[k + 1] - x[k];
        double s = (t - x[k]) / h;
        double s2 = s * s;
        double s3 = s2 * s;
        return (2 * s3 - 3 * s2 + 1) * y[k] + (s3 - 2 * s2 + s) * h * d[k] + (-2 * s3 + 3 * s2) * y[k + 1]
                + (s3 - s2) * h * d[k + 1];
    }

    /** The derivative at t (&gt;= 0). */
    public double derivative(double t) {
        int n = x.length;
        if (t <= x[0]) {
            return d[0];
        }
        if (t >= x[n - 1]) {
            return d[n - 1];
        }
        int k = piece(t);
        double h = x[k + 1] - x[k];
        double s = (t - x[k]) / h;
        double s2 = s * s;
        return (6 * s2 - 6 * s) / h * y[k] + (3 * s2 - 4 * s + 1) * d[k] + (-6 * s2 + 6 * s) / h * y[k + 1]
                + (3 * s2 - 2 * s) * d[k + 1];
    }

    /** The same curve on a stretched axis: u -&gt; value(scale * u), for scale &gt; 0. */
    public MonotoneCubic stretched(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0 but is " + scale);
        }
        double[] xs = new double[x.length];
        double[] ds = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            xs[k] = x[k] / scale;
            ds[k] = d[k] * scale;
        }
        return new MonotoneCubic(xs, y.clone(), ds);
    }

    /** Knots (a copy). */
    public double[] knots() {
        return x.clone();
    }

    /** Values at the knots (a copy). */
    public double[] values() {
        return y.clone();
    }

    /** Limited slopes at the knots (a copy). */
    public double[] slopes() {
        return d.clone();
    }

    private int piece(double t) {
        int i = Arrays.binarySearch(x, t);
        return i >= 0 ? Math.min(i, x.length - 2) : -i - 2;
    }
}
