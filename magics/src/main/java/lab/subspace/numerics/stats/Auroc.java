package lab.subspace.numerics.stats;

import lab.subspace.data.Matrices;

/**
 * Area under the ROC curve: the probability that a random positive scores higher than a random
 * negative (ties count 1/2), computed from ranks (Mann-Whitney U) in O(n log n).
 *
 * <pre>{@code
 * double auc = Auroc.of(anomalyScores, isAnomaly);   // 1.0: every anomaly scores above every normal point
 * }</pre>
 */
public final class Auroc {

    private Auroc() {
    }

    /**
     * @throws IllegalArgumentException when lengths differ, scores are not finite, or one class
     *                                  is absent
     */
    public static double of(double[] scores, boolean[] positive) {
        long pos = positives("AUROC", scores, positive);
        long neg = scores.length - pos;
        double[] r = Correlation.ranks(scores);
        double rankSum = 0;
        for (int i = 0; i < scores.length; i++) {
            if (positive[i]) {
                rankSum += r[i];
            }
        }
        double u = rankSum - pos * (pos + 1) / 2.0;
        return u / ((double) pos * neg);
    }

    /**
     * Checks scores and labels for a ranking measure ({@code what} names it in messages) and counts the
     * positives; shared with {@link RocCurve#of(double[], boolean[])}.
     */
    static int positives(String what, double[] scores, boolean[] positive) {
        if (scores.length != positive.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + positive.length + " labels");
        }
        Matrices.requireFinite("scores", scores);
        int pos = 0;
        for (boolean b : positive) {
            pos += b ? 1 : 0;
        }
        int neg = scores.length - pos;
        if (pos == 0 || neg == 0) {
            throw new IllegalArgumentException(what + " needs both classes but there are " + pos + " positives and " + neg
                    + " negatives");
        }
        return pos;
    }

    /** Labels as 0/1 (anything else is an error). */
    public static double of(double[] scores, int[] labels) {
        boolean[] b = new boolean[labels.length];
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("labels must be 0 or 1 but labels[" + i + "] = " + labels[i]);
            }
            b[i] = labels[i] == 1;
        }
        return of(scores, b);
    }
}
