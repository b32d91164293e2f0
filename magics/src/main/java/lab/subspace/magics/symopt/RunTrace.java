package lab.subspace.magics.symopt;

/**
 * One training run: the evaluation loss (and router imbalance) at the evaluated steps.
 *
 * @param method       the method's name
 * @param learningRate its peak learning rate
 * @param steps        the steps after which the model was evaluated
 * @param loss         evaluation loss at those steps
 * @param imbalance    router load imbalance at those steps (NaN without a router)
 * @param diverged     whether the loss became NaN or infinite (the run stopped there)
 */
public record RunTrace(String method, double learningRate, int[] steps, double[] loss, double[] imbalance, boolean diverged) {

    public RunTrace {
        if (steps.length != loss.length || steps.length != imbalance.length) {
            throw new IllegalArgumentException("steps, loss and imbalance differ in length: " + steps.length + ", " + loss.length
                    + ", " + imbalance.length);
        }
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

    /** The last evaluation loss; +infinity if the run diverged. */
    public double finalLoss() {
        return diverged || loss.length == 0 ? Double.POSITIVE_INFINITY : loss[loss.length - 1];
    }

    /** The last imbalance (NaN without a router or after divergence). */
    public double finalImbalance() {
        return diverged || imbalance.length == 0 ? Double.NaN : imbalance[imbalance.length - 1];
    }
}
