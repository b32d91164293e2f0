package lab.subspace.magics.mcboost;

import java.util.Arrays;

/**
 * Per-round diagnostics of an MCBoost run: entry t describes f_t, the predictor after t updates
 * (entry 0 is the base predictor). Holdout and test entries are NaN when that data was not given.
 *
 * @param violation    the audit violation on the training data ({@link Audit#violation()})
 * @param significance the audit statistic over its noise threshold ({@link Audit#significance()})
 * @param trainRisk    mean loss on the training data
 * @param trainMc      multicalibration error ({@link McError}) on the training data
 * @param holdoutRisk  mean loss on the holdout data
 * @param testRisk     mean loss on the test data
 * @param testMc       multicalibration error on the test data
 */
public record Trace(double[] violation, double[] significance, double[] trainRisk, double[] trainMc,
        double[] holdoutRisk, double[] testRisk, double[] testMc) {

    /** Number of updates traced (entries are 0..rounds). */
    public int rounds() {
        return violation.length - 1;
    }

    public boolean hasHoldout() {
        return !Double.isNaN(holdoutRisk[0]);
    }

    public boolean hasTest() {
        return !Double.isNaN(testRisk[0]);
    }

    /** Round of least test risk (the oracle stopping round). */
    public int bestTestRound() {
        int best = 0;
        for (int t = 1; t < testRisk.length; t++) {
            if (testRisk[t] < testRisk[best]) {
                best = t;
            }
        }
        return best;
    }

    /** Rounds 0..rounds as doubles (x values of figures). */
    public double[] roundAxis() {
        double[] x = new double[violation.length];
        Arrays.setAll(x, t -> t);
        return x;
    }

    /** Collects the trace while boosting. */
    static final class Recorder {
        private final double[][] v;
        private int size;

        Recorder(int capacity) {
            v = new double[7][capacity + 1];
        }

        void add(double violation, double significance, double trainRisk, double trainMc, double holdoutRisk,
                double testRisk, double testMc) {
            double[] row = {violation, significance, trainRisk, trainMc, holdoutRisk, testRisk, testMc};
            for (int k = 0; k < row.length; k++) {
                v[k][size] = row[k];
            }
            size++;
        }

        double violation(int t) {
            return v[0][t];
        }

        double significance(int t) {
            return v[1][t];
        }

        int bestHoldoutRound(int t) {
            int best = 0;
            for (int s = 1; s <= t; s++) {
                if (v[4][s] < v[4][best]) {
                    best = s;
                }
            }
            return best;
        }

        Trace build() {
            double[][] c = new double[7][];
            for (int k = 0; k < 7; k++) {
                c[k] = Arrays.copyOf(v[k], size);
            }
            return new Trace(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
        }
    }
}
