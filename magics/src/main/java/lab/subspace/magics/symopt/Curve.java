package lab.subspace.magics.symopt;

/**
 * Evaluation loss and router load imbalance at the evaluated steps of a training run (or their means
 * over seeds). Arrays are copied in and out, so a curve cannot change after it is made.
 *
 * @param steps     the steps after which the model was evaluated
 * @param loss      evaluation loss at those steps
 * @param imbalance router load imbalance at those steps (NaN without a router)
 */
public record Curve(int[] steps, double[] loss, double[] imbalance) {

    public Curve {
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

    /** The last loss, or +infinity when the curve is empty or the run diverged. */
    double lastLoss(boolean diverged) {
        return diverged || loss.length == 0 ? Double.POSITIVE_INFINITY : loss[loss.length - 1];
    }

    /** The last imbalance, or NaN when the curve is empty or the run diverged. */
    double lastImbalance(boolean diverged) {
        return diverged || imbalance.length == 0 ? Double.NaN : imbalance[imbalance.length - 1];
    }
}
