package lab.subspace.numerics.stats;

import java.util.Arrays;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Isotonic (monotone) least-squares regression by pool-adjacent-violators, e.g. to project an
 * estimated link function onto non-decreasing functions ("Nonlinear factor models with unknown
 * monotone links").
 *
 * <pre>{@code
 * double[] g = Isotonic.fit(y);                 // non-decreasing fit to y in index order
 * Isotonic.Fit f = Isotonic.fit(z, y, true);    // monotone in z; f.predict(0.3) interpolates
 * }</pre>
 */
public final class Isotonic {

    private Isotonic() {
    }

    /** Non-decreasing least-squares fit to y (unit weights), in the given order. */
    public static double[] fit(double[] y) {
        double[] w = new double[y.length];
        Arrays.fill(w, 1);
        return fit(y, w);
    }

    /** Non-decreasing weighted least-squares fit: minimises sum w_i (y_i - g_i)^2, g_1 &lt;= ... &lt;= g_n. */
    public static double[] fit(double[] y, double[] w) {
        if (y.length != w.length) {
            throw new IllegalArgumentException("y has " + y.length + " values but w has " + w.length);
        }
        Matrices.requireFinite("y", y);
        for (int i = 0; i < w.length; i++) {
            if (!(w[i] > 0) || Double.isInfinite(w[i])) {
                throw new IllegalArgumentException("weights must be finite and > 0 but w[" + i + "] = " + w[i]);
            }
        }
        int n = y.length;
        // blocks as a stack: mean, weight, and length
        double[] mean = new double[n];
        double[] weight = new double[n];
        int[] len = new int[n];
        int top = -1;
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFF) == 0) {
                Interrupts.check();
            }
            top++;
            mean[top] = y[i];
            weight[top] = w[i];
            len[top] = 1;
            while (top > 0 && mean[top - 1] > mean[top]) {
                double wt = weight[top - 1] + weight[top];
                mean[top - 1] = (weight[top - 1] * mean[top - 1] + weight[top] * mean[top]) / wt;
                weight[top - 1] = wt;
                len[top - 1] += len[top];
                top--;
            }
        }
        double[] g = new double[n];
        int pos = 0;
        for (int b = 0; b <= top; b++) {
            Arrays.fill(g, pos, pos + len[b], mean[b]);
            pos += len[b];
        }
        return g;
    }

    /**
     * Monotone fit of y as a function of x: sorts by x (ties pooled), fits, and returns a
     * piecewise-linear interpolant.
     *
     * @param increasing true for non-decreasing, false for non-increasing
     */
    public static Fit fit(double[] x, double[] y, boolean increasing) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("isotonic regression needs at least one point");
        }
        Matrices.requireFinite("x", x);
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        // pool equal x values first so that the fit is a function of x
        double[] xs = new double[x.length];
        double[] ys = new double[x.length];
        double[] ws = new double[x.length];
        int m = 0;
        for (int t = 0; t < order.length; t++) {
            double xi = x[order[t]];
            double yi = increasing ? y[order[t]] : -y[order[t]];
            if (m > 0 && xs[m - 1] == xi) {
                ys[m - 1] = (ys[m - 1] * ws[m - 1] + yi) / (ws[m - 1] + 1);
                ws[m - 1] += 1;
            } else {
                xs[m] = xi;
                ys[m] = yi;
                ws[m] = 1;
                m++;
            }
        }
        double[] g = fit(Arrays.copyOf(ys, m), Arrays.copyOf(ws, m));
        if (!increasing) {
            for (int i = 0; i < m; i++) {
                g[i] = -g[i];
            }
        }
        return new Fit(Arrays.copyOf(xs, m), g);
    }

    /**
     * A fitted monotone function at sorted distinct knots.
     *
     * @param x knots, ascending; not copied
     * @param y fitted values at the knots; not copied
     */
    public record Fit(double[] x, double[] y) {

        /** Linear interpolation between knots, constant beyond the first and last. */
        public double predict(double t) {
            int n = x.length;
            if (t <= x[0]) {
                return y[0];
            }
            if (t >= x[n - 1]) {
                return y[n - 1];
            }
            int i = Arrays.binarySearch(x, t);
            if (i >= 0) {
                return y[i];
            }
            int hi = -i - 1;
            int lo = hi - 1;
            double f = (t - x[lo]) / (x[hi] - x[lo]);
            return y[lo] + f * (y[hi] - y[lo]);
        }

        /** {@link #predict} at every point. */
        public double[] predict(double[] t) {
            double[] out = new double[t.length];
            for (int i = 0; i < t.length; i++) {
                out[i] = predict(t[i]);
            }
            return out;
        }
    }
}
