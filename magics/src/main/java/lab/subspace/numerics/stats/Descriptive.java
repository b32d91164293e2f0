package lab.subspace.numerics.stats;

import java.util.Arrays;

import lab.subspace.data.Matrices;

/**
 * Mean, standard deviation and quantiles of a sample.
 *
 * <pre>{@code
 * double m = Descriptive.mean(x);
 * double s = Descriptive.sd(x);                 // n - 1 in the denominator
 * double q = Descriptive.quantile(x, 0.9);      // NumPy's default (linear) rule
 * }</pre>
 */
public final class Descriptive {

    private Descriptive() {
    }

    public static double mean(double[] x) {
        requireNonEmpty(x);
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Sample variance with n - 1 in the denominator (0 for a single value). */
    public static double variance(double[] x) {
        double m = mean(x);
        if (x.length < 2) {
            return 0;
        }
        double s = 0;
        for (double v : x) {
            s += (v - m) * (v - m);
        }
        return s / (x.length - 1);
    }

    /** Sample standard deviation (n - 1). */
    public static double sd(double[] x) {
        return Math.sqrt(variance(x));
    }

    /** Standard error of the mean, sd / sqrt(n). */
    public static double standardError(double[] x) {
        return sd(x) / Math.sqrt(x.length);
    }

    public static double min(double[] x) {
        requireNonEmpty(x);
        return Arrays.stream(x).min().getAsDouble();
    }

    public static double max(double[] x) {
        requireNonEmpty(x);
        return Arrays.stream(x).max().getAsDouble();
    }

    public static double median(double[] x) {
        return quantile(x, 0.5);
    }

    /**
     * The p-quantile with linear interpolation between order statistics ({@code numpy.quantile}'s
     * default, Hyndman-Fan type 7).
     */
    public static double quantile(double[] x, double p) {
        return quantiles(x, p)[0];
    }

    /** Several quantiles with one sort. */
    public static double[] quantiles(double[] x, double... ps) {
        requireNonEmpty(x);
        Matrices.requireFinite("sample", x);
        double[] s = x.clone();
        Arrays.sort(s);
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            double p = ps[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("quantile level must be in [0, 1] but is " + p);
            }
            double h = (s.length - 1) * p;
            int lo = (int) Math.floor(h);
            int hi = Math.min(s.length - 1, lo + 1);
            out[i] = s[lo] + (h - lo) * (s[hi] - s[lo]);
        }
        return out;
    }

    /** Five-number summary with mean and sd. */
    public static Summary summary(double[] x) {
        double[] q = quantiles(x, 0, 0.25, 0.5, 0.75, 1);
        return new Summary(x.length, mean(x), sd(x), q[0], q[1], q[2], q[3], q[4]);
    }

    private static void requireNonEmpty(double[] x) {
        if (x.length == 0) {
            throw new IllegalArgumentException("the sample is empty");
        }
    }
}
