package lab.subspace.magics.merge;

/**
 * How one set of merged parameters does on each synthetic task's held-out data.
 *
 * <pre>{@code
 * TaskScores s = suite.evaluate(SubspaceMerge.epimer(suite.problem(), 4).parameters());
 * double avg = s.meanExcess(), worst = s.worstExcess();
 * }</pre>
 *
 * @param loss     held-out loss per task; arrays are not copied
 * @param excess   loss minus the task's own fine-tuned model's loss
 * @param accuracy held-out accuracy per task (NaN for regression tasks)
 * @param gain     what fine-tuning gained on the task: loss(theta_0) - loss(theta_t)
 */
public record TaskScores(double[] loss, double[] excess, double[] accuracy, double[] gain) {

    public double meanExcess() {
        return Vectors.mean(excess);
    }

    /** The largest excess loss over tasks (the worst task). */
    public double worstExcess() {
        return Vectors.max(excess);
    }

    public double meanAccuracy() {
        return Vectors.mean(accuracy);
    }

    /** The lowest accuracy over tasks (NaN for regression). */
    public double worstAccuracy() {
        double m = Double.POSITIVE_INFINITY;
        for (double a : accuracy) {
            m = Math.min(m, a);
        }
        return accuracy.length == 0 || Double.isNaN(accuracy[0]) ? Double.NaN : m;
    }

    /** excess_t / gain_t: the fraction of its fine-tuning gain each task loses in the merge. */
    public double[] lostFraction() {
        double[] out = new double[excess.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = excess[t] / gain[t];
        }
        return out;
    }

    /** The largest lost fraction over tasks. */
    public double worstLostFraction() {
        return Vectors.max(lostFraction());
    }
}
