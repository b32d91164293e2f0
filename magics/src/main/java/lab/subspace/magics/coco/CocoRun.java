package lab.subspace.magics.coco;

import lab.subspace.numerics.stats.LineFit;

/**
 * One method's run, measured at the checkpoint horizons T_k.
 *
 * @param method         the learner
 * @param horizons       T_k, increasing
 * @param cumulativeLoss sum_{t &lt;= T_k} f_t(x_t)
 * @param regret         cumulativeLoss minus the best feasible sum of losses up to T_k
 * @param ccv            sum_{t &lt;= T_k} g_t(x_t)^+
 * @param pathLength     sum_{t &lt;= T_k} |x_{t+1} - x_t|
 * @param finalPoint     the last iterate x_{T+1}
 * @param sets           distinct constraint sets revealed (X not counted)
 * @param sweeps         Dykstra passes in total (0 for the baseline)
 * @param unconverged    projections that hit the pass limit (reported, not thrown)
 */
public record CocoRun(Method method, int[] horizons, double[] cumulativeLoss, double[] regret, double[] ccv,
        double[] pathLength, double[] finalPoint, int sets, long sweeps, int unconverged) {

    public CocoRun {
        horizons = horizons.clone();
        cumulativeLoss = cumulativeLoss.clone();
        regret = regret.clone();
        ccv = ccv.clone();
        pathLength = pathLength.clone();
        finalPoint = finalPoint.clone();
    }

    @Override
    public int[] horizons() {
        return horizons.clone();
    }

    @Override
    public double[] cumulativeLoss() {
        return cumulativeLoss.clone();
    }

    @Override
    public double[] regret() {
        return regret.clone();
    }

    @Override
    public double[] ccv() {
        return ccv.clone();
    }

    @Override
    public double[] pathLength() {
        return pathLength.clone();
    }

    @Override
    public double[] finalPoint() {
        return finalPoint.clone();
    }

    /** The horizons as doubles (for plots and fits). */
    public double[] horizonValues() {
        double[] h = new double[horizons.length];
        for (int k = 0; k < h.length; k++) {
            h[k] = horizons[k];
        }
        return h;
    }

    /** Least-squares fit of values = a + b log T over the checkpoints with T &gt;= fromHorizon. */
    public LineFit logFit(double[] values, int fromHorizon) {
        int from = firstAtLeast(fromHorizon);
        int n = horizons.length - from;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = Math.log(horizons[from + k]);
            y[k] = values[from + k];
        }
        return LineFit.fit(x, y);
    }

    /**
     * Slope of log(values) against log T between the checkpoint nearest {@code fromHorizon} and the last
     * one (0.5 for sqrt T growth, near 0 for log T or bounded growth).
     */
    public double growthExponent(double[] values, int fromHorizon) {
        int from = firstAtLeast(fromHorizon);
        int last = horizons.length - 1;
        if (from >= last) {
            throw new IllegalArgumentException("no checkpoint range from T = " + fromHorizon + " to T = " + horizons[last]);
        }
        if (!(values[from] > 0 && values[last] > 0)) {
            throw new IllegalArgumentException("growth exponent needs positive values but they are " + values[from] + " at T = "
                    + horizons[from] + " and " + values[last] + " at T = " + horizons[last]);
        }
        return Math.log(values[last] / values[from]) / Math.log((double) horizons[last] / horizons[from]);
    }

    /** values[k] / sqrt(T_k). */
    public double[] overSqrtT(double[] values) {
        double[] r = new double[values.length];
        for (int k = 0; k < r.length; k++) {
            r[k] = values[k] / Math.sqrt(horizons[k]);
        }
        return r;
    }

    /** Index of the checkpoint T_k = horizon, or -1. */
    public int indexOf(int horizon) {
        for (int k = 0; k < horizons.length; k++) {
            if (horizons[k] == horizon) {
                return k;
            }
        }
        return -1;
    }

    private int firstAtLeast(int horizon) {
        for (int k = 0; k < horizons.length; k++) {
            if (horizons[k] >= horizon) {
                return k;
            }
        }
        throw new IllegalArgumentException("no checkpoint at or after T = " + horizon + "; the last is " + horizons[horizons.length - 1]);
    }
}
