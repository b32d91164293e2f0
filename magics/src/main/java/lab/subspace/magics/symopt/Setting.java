package lab.subspace.magics.symopt;

/**
 * One method at one learning rate, averaged over the seeds of a {@link TrainingComparison}.
 *
 * @param method        method name
 * @param rules         which rule updates which block
 * @param learningRate  peak learning rate
 * @param curve         mean evaluation loss and router imbalance at the evaluated steps
 * @param finalLossSd   standard deviation of the final loss over seeds (0 for one seed)
 * @param finalImbalanceSd standard deviation of the final router imbalance over seeds (0 for one seed, NaN without a router)
 * @param diverged      runs (seeds) that diverged; their losses count as +infinity
 */
public record Setting(String method, String rules, double learningRate, Curve curve, double finalLossSd,
        double finalImbalanceSd, int diverged) {

    public Setting(String method, String rules, double learningRate, int[] steps, double[] loss, double[] imbalance,
            double finalLossSd, double finalImbalanceSd, int diverged) {
        this(method, rules, learningRate, new Curve(steps, loss, imbalance), finalLossSd, finalImbalanceSd, diverged);
    }

    public int[] steps() {
        return curve.steps();
    }

    public double[] loss() {
        return curve.loss();
    }

    public double[] imbalance() {
        return curve.imbalance();
    }

    /** Mean final loss over the seeds (+infinity if any seed diverged). */
    public double finalLoss() {
        return curve.lastLoss(diverged > 0);
    }

    /** Mean final imbalance over the seeds (NaN without a router or after divergence). */
    public double finalImbalance() {
        return curve.lastImbalance(diverged > 0);
    }
}
