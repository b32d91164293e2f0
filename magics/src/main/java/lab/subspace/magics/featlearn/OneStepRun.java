package lab.subspace.magics.featlearn;

/**
 * A network before and after its large gradient step, with the data it was measured on.
 *
 * @param before        the network at initialisation
 * @param after         after the step (same second layer)
 * @param step          samples of the gradient step (null when the weights were given)
 * @param probe         held-out samples for spectra and kernels
 * @param beta          unit index direction used for the probes
 * @param betaEstimated true when beta is the spike direction of the post-step weights (not known)
 * @param eta           step size (NaN when the weights were given)
 */
public record OneStepRun(TwoLayerNetwork before, TwoLayerNetwork after, Sample step, Sample probe, double[] beta,
        boolean betaEstimated, double eta) {

    public OneStepRun {
        if (before.dimension() != after.dimension() || before.width() != after.width()) {
            throw new IllegalArgumentException("weights before (" + before.width() + " x " + before.dimension()
                    + ") and after (" + after.width() + " x " + after.dimension() + ") have different shapes");
        }
        if (probe.dimension() != before.dimension()) {
            throw new IllegalArgumentException("probe inputs have " + probe.dimension() + " columns but the weights have "
                    + before.dimension());
        }
        if (beta.length != before.dimension()) {
            throw new IllegalArgumentException("beta has " + beta.length + " entries but the weights have "
                    + before.dimension() + " columns");
        }
    }

    /** Input dimension d. */
    public int dimension() {
        return before.dimension();
    }

    /** Neurons N. */
    public int width() {
        return before.width();
    }
}
