package lab.subspace.numerics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import lab.subspace.data.Matrices;

/**
 * A line through the MEANS of replicated measurements: y values measured several times at each
 * level x_j, fitted by least squares on the level means with equal weight per level, so the
 * estimate does not depend on how many replicates each level got. The slope's standard error comes
 * from the within-level variances (not assumed equal) with a Welch-Satterthwaite t interval.
 *
 * <p>This is the design of rate experiments that repeat cheap small sizes more often than expensive
 * large ones (e.g. W1 between generated and true samples against n in "Diffusion Models Are
 * Statistically Optimal for Learning Low-Dimensional Multi-Modal Distributions").
 *
 * <pre>{@code
 * ReplicatedFit f = ReplicatedFit.logLog(sizes, errors);      // runs: (n_i, error_i), several per n
 * Interval ci = f.slopeInterval(0.95);                        // Welch t interval
 * Interval d = ReplicatedFit.slopeDifference(f, g, 0.95);     // two independent experiments
 * }</pre>
 *
 * @param slope            slope through the level means
 * @param intercept        intercept through the level means
 * @param slopeStdError    sqrt(sum_j c_j^2 s_j^2 / m_j), c_j the least-squares weights of the means
 * @param degreesOfFreedom Welch-Satterthwaite degrees of freedom of {@code slopeStdError}
 * @param levels           the distinct x values, ascending (transformed, e.g. log n for {@link #logLog})
 * @param means            mean y at each level (transformed)
 * @param meanStdErrors    standard error s_j / sqrt(m_j) of each mean
 * @param counts           replicates m_j at each level
 */
public record ReplicatedFit(double slope, double intercept, double slopeStdError, double degreesOfFreedom,
        double[] levels, double[] means, double[] meanStdErrors, int[] counts) {

    /**
     * Fits y on x, grouping equal x values into levels.
     *
     * @throws IllegalArgumentException for mismatched lengths, non-finite values, fewer than 2
     *                                  levels, or a level with a single replicate
     */
    public static ReplicatedFit fit(double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("x and y must not be null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        Matrices.requireFinite("x", x);
        Matrices.requireFinite("y", y);
        TreeMap<Double, List<Double>> groups = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            groups.computeIfAbsent(x[i], level -> new ArrayList<>()).add(y[i]);
        }
        if (groups.size() < 2) {
            throw new IllegalArgumentException("a line needs at least 2 distinct x values but got " + groups.size());
        }
        groups.forEach((level, values) -> {
            if (values.size() < 2) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "level x = %s has a single replicate; each level needs at least 2 for a standard error", level));
            }
        });
        int levelsCount = groups.size();
        double[] lv = new double[levelsCount];
        double[] mean = new double[levelsCount];
        double[] se = new double[levelsCount];
        int[] count = new int[levelsCount];
        int j = 0;
        for (var e : groups.entrySet()) {
            double[] values = e.getValue().stream().mapToDouble(Double::doubleValue).toArray();
            lv[j] = e.getKey();
            mean[j] = Descriptive.mean(values);
            count[j] = values.length;
            se[j] = Descriptive.sd(values) / Math.sqrt(count[j]);
            j++;
        }
        double xBar = Descriptive.mean(lv);
        double sxx = 0;
        for (double v : lv) {
            sxx += (v - xBar) * (v - xBar);
        }
        double slope = 0;
        double variance = 0;
        double dfDenominator = 0;
        for (j = 0; j < levelsCount; j++) {
            double c = (lv[j] - xBar) / sxx;
            slope += c * mean[j];
            double v = c * c * se[j] * se[j];
            variance += v;
            dfDenominator += v * v / (count[j] - 1);
        }
        double intercept = Descriptive.mean(mean) - slope * xBar;
        double df = dfDenominator > 0 ? variance * variance / dfDenominator : Double.POSITIVE_INFINITY;
        return new ReplicatedFit(slope, intercept, Math.sqrt(variance), df, lv, mean, se, count);
    }

    /**
     * Fits log(y) on log(x) (natural logs): the slope is the rate exponent of y ~ x^slope, and the
     * level means are means of log y (logs of geometric means).
     *
     * @throws IllegalArgumentException naming the first non-positive value
     */
    public static ReplicatedFit logLog(double[] x, double[] y) {
        return fit(logs("x", x), logs("y", y));
    }

    private static double[] logs(String name, double[] v) {
        if (v == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0)) {
                throw new IllegalArgumentException(name + " must be positive for a log fit but " + name + "[" + i + "] = " + v[i]);
            }
            out[i] = Math.log(v[i]);
        }
        return out;
    }

    /** Welch-Satterthwaite t interval for the slope. */
    public Interval slopeInterval(double level) {
        return interval(slope, slopeStdError, degreesOfFreedom, level);
    }

    /**
     * Interval for slope(a) - slope(b) of two independent fits (Welch: standard errors added in
     * quadrature, Satterthwaite degrees of freedom).
     */
    public static Interval slopeDifference(ReplicatedFit a, ReplicatedFit b, double level) {
        double va = a.slopeStdError * a.slopeStdError;
        double vb = b.slopeStdError * b.slopeStdError;
        double denominator = (Double.isInfinite(a.degreesOfFreedom) ? 0 : va * va / a.degreesOfFreedom)
                + (Double.isInfinite(b.degreesOfFreedom) ? 0 : vb * vb / b.degreesOfFreedom);
        double df = denominator > 0 ? (va + vb) * (va + vb) / denominator : Double.POSITIVE_INFINITY;
        return interval(a.slope - b.slope, Math.sqrt(va + vb), df, level);
    }

    /** intercept + slope x (in the transformed units of the fit). */
    public double predict(double x) {
        return intercept + slope * x;
    }

    private static Interval interval(double estimate, double se, double df, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1) but is " + level);
        }
        if (se == 0) {
            return new Interval(estimate, estimate, estimate, level);
        }
        double t = Double.isInfinite(df) ? SpecialFunctions.normalQuantile(0.5 + level / 2)
                : SpecialFunctions.studentTQuantile(0.5 + level / 2, df);
        return new Interval(estimate, estimate - t * se, estimate + t * se, level);
    }

    @Override
    public double[] levels() {
        return levels.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] meanStdErrors() {
        return meanStdErrors.clone();
    }

    @Override
    public int[] counts() {
        return counts.clone();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReplicatedFit[slope = %.4g +- %.2g (df %.1f), %d levels, replicates %s]", slope,
                slopeStdError, degreesOfFreedom, levels.length, Arrays.toString(counts));
    }
}
