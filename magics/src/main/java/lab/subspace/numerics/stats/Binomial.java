package lab.subspace.numerics.stats;

/**
 * Binomial tail probabilities in log space, accurate far into the tail (where 1 - CDF
 * underflows): the scan statistic of unsupervised domain-shift detection is
 * {@code -log P(Bin(k, p) >= S_k)} over neighbourhood sizes k.
 *
 * <pre>{@code
 * double s = -Binomial.logUpperTail(500, 0.5, 400);   // ~ 110: far beyond chance
 * }</pre>
 */
public final class Binomial {

    private Binomial() {
    }

    /**
     * log P(X &gt;= s) for X ~ Bin(n, p): 0 for s &lt;= 0, -Infinity for s &gt; n. Sums the
     * probability mass in log space from the side where the tail is small (relative error ~1e-14).
     */
    public static double logUpperTail(int n, double p, int s) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0 but is " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1] but is " + p);
        }
        if (s <= 0) {
            return 0;
        }
        if (s > n) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p == 1) {
            return 0;
        }
        if (s > n * p) {
            // terms decrease from j = s on: sum them until they stop mattering
            return logSumRange(n, p, s, n);
        }
        // the upper tail is large: 1 - P(X <= s - 1), whose terms increase up to s - 1
        double logLower = logSumRange(n, p, 0, s - 1);
        return Math.log1p(-Math.exp(logLower));
    }

    /** log P(X = j). */
    public static double logPmf(int n, double p, int j) {
        if (j < 0 || j > n) {
            return Double.NEGATIVE_INFINITY;
        }
        return SpecialFunctions.logChoose(n, j) + xlogy(j, p) + xlogy(n - j, 1 - p);
    }

    /** log sum_{j=from..to} P(X = j), walking away from the mode with the ratio recurrence. */
    private static double logSumRange(int n, double p, int from, int to) {
        double logOdds = Math.log(p) - Math.log1p(-p);
        boolean upward = from > n * p;
        int start = upward ? from : to;
        double logTerm = logPmf(n, p, start);
        double first = logTerm;
        double sum = 1; // terms relative to the first one
        int j = start;
        while (upward ? j < to : j > from) {
            if (upward) {
                logTerm += Math.log((double) (n - j) / (j + 1)) + logOdds;
                j++;
            } else {
                logTerm += Math.log((double) j / (n - j + 1)) - logOdds;
                j--;
            }
            double rel = Math.exp(logTerm - first);
            sum += rel;
            if (rel < 1e-17 * sum) {
                break;
            }
        }
        return first + Math.log(sum);
    }

    private static double xlogy(double x, double y) {
        return x == 0 ? 0 : x * Math.log(y);
    }
}
