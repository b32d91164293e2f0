package lab.subspace.magics.mcboost;

import java.util.Arrays;

/**
 * Prediction intervals with group-conditional (BatchGCP) or multivalid (BatchMVP) coverage: two
 * pinball-loss MCBoost runs, for the lower (tau = miscoverage / 2) and the upper (1 - miscoverage / 2)
 * end, started from the split-conformal interval f(x) +- the pooled residual quantiles.
 *
 * <pre>{@code
 * IntervalFit fit = Intervals.fit(calibration, 0.1, AuditClass.groups(), McOptions.defaults().withEta(1));
 * double[][] lu = fit.bounds(newData);          // newData.base() = the point predictions
 * double[] coverage = fit.coverage(newData);    // whole population, then each group
 * }</pre>
 */
public final class Intervals {

    private Intervals() {
    }

    /**
     * @param data        point predictions (base) and real labels, with groups and features
     * @param miscoverage target miscoverage in (0, 1), e.g. 0.1 for 90% intervals
     */
    public static IntervalFit fit(McData data, double miscoverage, AuditClass audit, McOptions options) {
        if (!(miscoverage > 0 && miscoverage < 1)) {
            throw new IllegalArgumentException("miscoverage must be in (0, 1) but is " + miscoverage);
        }
        data.requireValid(Loss.squared());
        double lo = miscoverage / 2;
        double hi = 1 - miscoverage / 2;
        double[] residual = new double[data.size()];
        for (int i = 0; i < residual.length; i++) {
            residual[i] = data.labels()[i] - data.base()[i];
        }
        double[] sorted = residual.clone();
        Arrays.sort(sorted);
        double qLo = quantile(sorted, lo);
        double qHi = quantile(sorted, hi);
        McBoostFit lower = McBoost.fit(data.withBase(shifted(data.base(), qLo)), audit, Loss.pinball(lo), options);
        McBoostFit upper = McBoost.fit(data.withBase(shifted(data.base(), qHi)), audit, Loss.pinball(hi), options);
        return new IntervalFit(miscoverage, qLo, qHi, lower.predictor(), upper.predictor());
    }

    static double quantile(double[] sorted, double tau) {
        int k = (int) Math.ceil(tau * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, k))];
    }

    static double[] shifted(double[] base, double by) {
        double[] s = new double[base.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = base[i] + by;
        }
        return s;
    }
}
