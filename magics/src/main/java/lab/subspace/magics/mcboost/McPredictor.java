package lab.subspace.magics.mcboost;

import java.util.List;

/**
 * A post-processed predictor: the base prediction followed by MCBoost's updates,
 * f_T = f_0 + eta (h_0 + ... + h_{T-1}) on the score scale. Updates that read the current
 * prediction (level sets, trees) are replayed in order on new data.
 *
 * <pre>{@code
 * double[] p = fit.predictor().predict(newData);          // newData.base() = the base model's predictions
 * }</pre>
 *
 * @param loss  the loss of the run (sets the score scale)
 * @param eta   the learning rate
 * @param steps the updates h_t, in order
 */
public record McPredictor(Loss loss, double eta, List<AuditFunction> steps) {

    public McPredictor {
        steps = List.copyOf(steps);
    }

    /** Number of updates. */
    public int rounds() {
        return steps.size();
    }

    /** The predictor after the first {@code k} updates. */
    public McPredictor truncate(int k) {
        if (k < 0 || k > steps.size()) {
            throw new IllegalArgumentException("cannot keep " + k + " of " + steps.size() + " updates");
        }
        return new McPredictor(loss, eta, steps.subList(0, k));
    }

    /** Scores (logits for the logistic loss) on {@code data}. */
    public double[] scores(McData data) {
        double[] s = data.baseScores(loss);
        for (AuditFunction h : steps) {
            apply(h, data, s);
        }
        return s;
    }

    /** Predictions (probabilities for the logistic loss) on {@code data}. */
    public double[] predict(McData data) {
        return toPredictions(scores(data));
    }

    double[] toPredictions(double[] scores) {
        double[] p = new double[scores.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = loss.prediction(scores[i]);
        }
        return p;
    }

    /** s += eta h(s), in place. */
    void apply(AuditFunction h, McData data, double[] s) {
        double[] v = h.evaluate(data, s, loss);
        for (int i = 0; i < s.length; i++) {
            s[i] += eta * v[i];
        }
    }
}
