package lab.subspace.numerics.stats;

import java.util.Arrays;

import lab.subspace.data.Matrices;

/**
 * Pearson and Spearman rank correlation, and average ranks.
 *
 * <pre>{@code
 * double rho = Correlation.spearman(hdi, mse);   // -1 when MSE falls monotonically with HDI
 * }</pre>
 */
public final class Correlation {

    private Correlation() {
    }

    /** Pearson correlation (NaN when either sample is constant). */
    public static double pearson(double[] x, double[] y) {
        requirePaired(x, y);
        double mx = Descriptive.mean(x);
        double my = Descriptive.mean(y);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Spearman's rho: Pearson correlation of average ranks (ties get their mean rank). */
    public static double spearman(double[] x, double[] y) {
        requirePaired(x, y);
        return pearson(ranks(x), ranks(y));
    }

    /** Ranks 1..n, tied values sharing their average rank. */
    public static double[] ranks(double[] x) {
        Matrices.requireFinite("x", x);
        int n = x.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
        double[] r = new double[n];
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && x[order[j + 1]] == x[order[i]]) {
                j++;
            }
            double avg = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[order[t]] = avg;
            }
            i = j + 1;
        }
        return r;
    }

    private static void requirePaired(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but y has " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a correlation needs at least 2 pairs but got " + x.length);
        }
    }
}
