package lab.subspace.magics.mcboost;

/**
 * Multicalibration error metrics of a predictor on labelled data, over the whole population and
 * every group, with equal-mass level sets of the prediction:
 * <ul>
 * <li>{@link #max}: max over (group, level set) cells of |E_n[1_cell (y - f)]| (the alpha of
 * alpha-multicalibration, in units of the loss's residual);</li>
 * <li>{@link #groupEce}: within one group, sum over level sets of P(level | group) |E[y - f | group, level]|.</li>
 * </ul>
 *
 * <pre>{@code
 * double alpha = McError.max(data, predictions, Loss.logistic(), 10);
 * }</pre>
 */
public final class McError {

    private McError() {
    }

    /** Max cell violation of {@code predictions} (prediction scale, not modified). */
    public static double max(McData data, double[] predictions, Loss loss, int bins) {
        return stats(data, predictions, loss, bins).max;
    }

    /**
     * Per-group expected calibration error; entry 0 is the whole population, entry g + 1 group g
     * (NaN for an empty group).
     */
    public static double[] groupEce(McData data, double[] predictions, Loss loss, int bins) {
        return stats(data, predictions, loss, bins).ece;
    }

    private record Stats(double max, double[] ece) {
    }

    private static Stats stats(McData data, double[] predictions, Loss loss, int bins) {
        if (predictions.length != data.size()) {
            throw new IllegalArgumentException(predictions.length + " predictions for " + data.size() + " rows");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1 but is " + bins);
        }
        int n = data.size();
        int[] bin = LevelSetAudit.Bins.assign(predictions, LevelSetAudit.Bins.equalMass(predictions, bins));
        int groups = data.groups().count() + 1;
        double[] sum = new double[groups * bins];
        int[] groupSize = new int[groups];
        for (int i = 0; i < n; i++) {
            double r = loss.residual(data.labels()[i], loss.score(predictions[i]));
            for (int g = 0; g < groups; g++) {
                if (g == 0 || data.groups().contains(g - 1, i)) {
                    sum[g * bins + bin[i]] += r;
                    groupSize[g]++;
                }
            }
        }
        double max = 0;
        double[] ece = new double[groups];
        for (int g = 0; g < groups; g++) {
            for (int b = 0; b < bins; b++) {
                double s = Math.abs(sum[g * bins + b]);
                max = Math.max(max, s / n);
                ece[g] += s;
            }
            ece[g] = groupSize[g] == 0 ? Double.NaN : ece[g] / groupSize[g];
        }
        return new Stats(max, ece);
    }
}
