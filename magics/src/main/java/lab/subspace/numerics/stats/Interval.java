package lab.subspace.numerics.stats;

/**
 * A point estimate with a confidence interval.
 *
 * @param estimate the estimate
 * @param lower    lower end
 * @param upper    upper end
 * @param level    confidence level, e.g. 0.95
 */
public record Interval(double estimate, double lower, double upper, double level) {

    /** Whether x lies in [lower, upper]. */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    public double width() {
        return upper - lower;
    }
}
