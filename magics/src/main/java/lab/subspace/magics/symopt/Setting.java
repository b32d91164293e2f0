package lab.subspace.magics.symopt;

/**
 * One method at one learning rate, averaged over the seeds of a {@link TrainingComparison}.
 *
 * @param method        method name
 * @param rules         which rule updates which block
 * @param learningRate  peak learning rate
 * @param steps         evaluated steps
 * @param loss          mean evaluation loss at those steps
 * @param imbalance     mean router imbalance at those steps (NaN without a router)
 * @param finalLossSd   standard deviation of the final loss over seeds (0 for one seed)
 * @param finalImbalanceSd standard deviation of the final router imbalance over seeds (0 for one seed, NaN without a router)
 * @param diverged      runs (seeds) that diverged; their losses count as +infinity
 */
public record Setting(String method, String rules, double learningRate, int[] steps, double[] loss, double[] imbalance,
        double finalLossSd, double finalImbalanceSd, int diverged) {

    public Setting {
        steps = steps.clone();
        loss = loss.clone();
        imbalance = imbalance.clone();
    }

    @Override
    public int[] steps() {
        return steps.clone();
    }

    @Override
    public double[] loss() {
        return loss.clone();
    }

    @Override
    public double[] imbalance() {
        return imbalance.clone();
    }

    /** Mean final loss over the seeds (+infinity if any seed diverged). */
    public double finalLoss() {
        return diverged > 0 ? Double.POSITIVE_INFINITY : loss[loss.length - 1];
    }

    /** Mean final imbalance over the seeds (NaN without a router or after divergence). */
    public double finalImbalance() {
        return diverged > 0 ? Double.NaN : imbalance[imbalance.length - 1];
    }
}
