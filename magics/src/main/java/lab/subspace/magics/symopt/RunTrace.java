package lab.subspace.magics.symopt;

/**
 * One training run: the evaluation loss (and router imbalance) at the evaluated steps.
 *
 * @param method       the method's name
 * @param learningRate its peak learning rate
 * @param curve        loss and router imbalance at the evaluated steps
 * @param diverged     whether the loss became NaN or infinite (the run stopped there)
 */
public record RunTrace(String method, double learningRate, Curve curve, boolean diverged) {

    public RunTrace(String method, double learningRate, int[] steps, double[] loss, double[] imbalance, boolean diverged) {
        this(method, learningRate, new Curve(steps, loss, imbalance), diverged);
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

    /** The last evaluation loss; +infinity if the run diverged. */
    public double finalLoss() {
        return curve.lastLoss(diverged);
    }

    /** The last imbalance (NaN without a router or after divergence). */
    public double finalImbalance() {
        return curve.lastImbalance(diverged);
    }
}
