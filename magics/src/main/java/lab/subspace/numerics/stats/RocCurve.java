package lab.subspace.numerics.stats;

import java.util.Arrays;

/**
 * The receiver operating characteristic of a score that should be higher for positives: the
 * (false-positive rate, true-positive rate) pairs at every distinct threshold, from (0, 0) to
 * (1, 1). Tied scores form one step, so the trapezoidal {@link #area()} equals
 * {@link Auroc#of(double[], boolean[])} (ties count 1/2).
 *
 * <pre>{@code
 * RocCurve roc = RocCurve.of(anomalyScores, isAnomaly);
 * double[] fpr = roc.fpr(), tpr = roc.tpr();
 * double auc = roc.area();
 * }</pre>
 *
 * @param fpr        false-positive rates, ascending, starting at 0 and ending at 1; not copied
 * @param tpr        true-positive rates at the same thresholds; not copied
 * @param thresholds score threshold of each point (a point is positive when its score is at
 *                   least the threshold); +infinity for the first point; not copied
 */
public record RocCurve(double[] fpr, double[] tpr, double[] thresholds) {

    /**
     * @throws IllegalArgumentException when lengths differ, scores are not finite, or one class
     *                                  is absent
     */
    public static RocCurve of(double[] scores, boolean[] positive) {
        int pos = Auroc.positives("a ROC curve", scores, positive);
        int n = scores.length;
        int neg = n - pos;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double[] f = new double[n + 1];
        double[] t = new double[n + 1];
        double[] th = new double[n + 1];
        th[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        int tp = 0;
        int fp = 0;
        for (int i = 0; i < n; i++) {
            if (positive[order[i]]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = i == n - 1 || scores[order[i + 1]] != scores[order[i]];
            if (lastOfTie) {
                f[points] = (double) fp / neg;
                t[points] = (double) tp / pos;
                th[points] = scores[order[i]];
                points++;
            }
        }
        return new RocCurve(Arrays.copyOf(f, points), Arrays.copyOf(t, points), Arrays.copyOf(th, points));
    }

    /** Area under the curve by the trapezoidal rule (equal to the Mann-Whitney AUROC). */
    public double area() {
        double a = 0;
        for (int i = 1; i < fpr.length; i++) {
            a += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
        }
        return a;
    }

    /**
     * The best true-positive rate at a given false-positive rate: the curve's last point with
     * fpr &lt;= the rate, interpolated linearly towards the next one (a randomised threshold).
     */
    public double tprAt(double falsePositiveRate) {
        if (!(falsePositiveRate >= 0 && falsePositiveRate <= 1)) {
            throw new IllegalArgumentException("the false-positive rate must be in [0, 1] but is " + falsePositiveRate);
        }
        int i = 0;
        while (i + 1 < fpr.length && fpr[i + 1] <= falsePositiveRate) {
            i++;
        }
        if (i + 1 == fpr.length || fpr[i] == falsePositiveRate) {
            return tpr[i];
        }
        double w = (falsePositiveRate - fpr[i]) / (fpr[i + 1] - fpr[i]);
        return tpr[i] + w * (tpr[i + 1] - tpr[i]);
    }
}
