package lab.subspace.numerics.stats;

import lab.subspace.data.Matrices;

/**
 * Ordinary least-squares line y = intercept + slope x with standard errors and Student-t
 * confidence intervals; {@link #logLog} fits log y on log x, the way convergence rates
 * (error ~ n^slope) are measured in rate experiments.
 *
 * <pre>{@code
 * LineFit f = LineFit.logLog(sampleSizes, w1Errors);
 * Interval ci = f.slopeInterval(0.95);   // e.g. slope -0.33 [-0.38, -0.28]
 * }</pre>
 *
 * @param slope              fitted slope
 * @param intercept          fitted intercept
 * @param slopeStdError      standard error of the slope (NaN when n &lt; 3)
 * @param interceptStdError  standard error of the intercept (NaN when n &lt; 3)
 * @param residualSd         residual standard deviation, sqrt(RSS / (n - 2))
 * @param r2                 coefficient of determination (NaN when y is constant)
 * @param n                  number of points
 */
public record LineFit(double slope, double intercept, double slopeStdError, double interceptStdError,
        double residualSd, double r2, int n) {

    /**
     * Fits y on x.
     *
     * @throws IllegalArgumentException for fewer than 2 points, mismatched lengths, non-finite
     *                                  values or constant x
     */
    public static LineFit fit(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a line needs at least 2 points but got " + x.length);
        }
        Matrices.requireFinite("x", x);
        Matrices.requireFinite("y", y);
        int n = x.length;
        double mx = Descriptive.mean(x);
        double my = Descriptive.mean(y);
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
            syy += (y[i] - my) * (y[i] - my);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("all x values are equal (" + x[0] + "): the slope is undefined");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            rss += r * r;
        }
        double s = n > 2 ? Math.sqrt(rss / (n - 2)) : Double.NaN;
        double seSlope = s / Math.sqrt(sxx);
        double seIntercept = s * Math.sqrt(1.0 / n + mx * mx / sxx);
        double r2 = syy == 0 ? Double.NaN : 1 - rss / syy;
        return new LineFit(slope, intercept, seSlope, seIntercept, s, r2, n);
    }

    /**
     * Fits log(y) on log(x) (natural logs; the slope does not depend on the base).
     *
     * @throws IllegalArgumentException naming the first non-positive value
     */
    public static LineFit logLog(double[] x, double[] y) {
        return fit(logs("x", x), logs("y", y));
    }

    /** Fits log(y) on x (exponential rates: log error linear in x). */
    public static LineFit semiLog(double[] x, double[] y) {
        return fit(x, logs("y", y));
    }

    private static double[] logs(String name, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0)) {
                throw new IllegalArgumentException(name + " must be positive for a log fit but " + name + "[" + i + "] = "
                        + v[i]);
            }
            out[i] = Math.log(v[i]);
        }
        return out;
    }

    /** Student-t confidence interval for the slope with n - 2 degrees of freedom. */
    public Interval slopeInterval(double level) {
        return interval(slope, slopeStdError, level);
    }

    /** Student-t confidence interval for the intercept. */
    public Interval interceptInterval(double level) {
        return interval(intercept, interceptStdError, level);
    }

    /** intercept + slope x. */
    public double predict(double x) {
        return intercept + slope * x;
    }

    private Interval interval(double estimate, double se, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1) but is " + level);
        }
        if (n < 3) {
            return new Interval(estimate, Double.NaN, Double.NaN, level);
        }
        double t = SpecialFunctions.studentTQuantile(0.5 + level / 2, n - 2);
        return new Interval(estimate, estimate - t * se, estimate + t * se, level);
    }
}
