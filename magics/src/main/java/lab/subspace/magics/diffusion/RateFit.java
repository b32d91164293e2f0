package lab.subspace.magics.diffusion;

import lab.subspace.numerics.stats.Interval;
import lab.subspace.numerics.stats.ReplicatedFit;

/**
 * The log-log fit of one curve: the line through the mean log W1 at each n (equal weight per n).
 *
 * @param label              the curve's label
 * @param k                  its intrinsic dimension
 * @param fit                the fit of W1(generated, fresh)
 * @param slopeInterval      Welch t interval of the slope (from the spread of the runs at each n)
 * @param bootstrapInterval  percentile-bootstrap interval of the slope (runs resampled within each n)
 * @param trainingSetFit     the same fit for W1(training set, fresh)
 * @param excessFit          the fit of W1(generated, fresh) / W1(training set, fresh), paired run by run: its
 *                           slope is slope(fit) - slope(trainingSetFit) exactly, and its interval only holds
 *                           what the diffusion model adds to the noise of the draw (the training set and the
 *                           fresh samples are shared by both distances)
 * @param predictedSlope     -1/max(k, 2)
 */
public record RateFit(String label, int k, ReplicatedFit fit, Interval slopeInterval, Interval bootstrapInterval,
        ReplicatedFit trainingSetFit, ReplicatedFit excessFit, double predictedSlope) {

    /** The fitted slope. */
    public double slope() {
        return fit.slope();
    }
}
