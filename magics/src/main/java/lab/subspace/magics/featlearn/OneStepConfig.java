package lab.subspace.magics.featlearn;

import lab.subspace.numerics.nn.Activation;

/**
 * The synthetic setting: a single-index teacher in dimension d, a width-N student, one step on
 * nStep samples with step eta (learning rate eta * N), and nProbe fresh samples on which kernels
 * and spectra are measured. {@link #defaults()} is the paper-scale setting d = 50, N = 500,
 * n = 2000 with ReLU student and teacher.
 *
 * @param d          input dimension
 * @param width      neurons N
 * @param nStep      samples of the gradient step
 * @param nProbe     fresh samples for spectra and kernels
 * @param eta        step size (the learning rate is eta * N)
 * @param activation student activation sigma
 * @param link       teacher link sigma_*
 * @param noise      label-noise standard deviation
 */
public record OneStepConfig(int d, int width, int nStep, int nProbe, double eta, Activation activation, Activation link,
        double noise) {

    public OneStepConfig {
        if (d < 2) {
            throw new IllegalArgumentException("dimension d must be >= 2 but is " + d);
        }
        if (width < 2) {
            throw new IllegalArgumentException("width N must be >= 2 but is " + width);
        }
        if (nStep < 1 || nProbe < 2) {
            throw new IllegalArgumentException("need nStep >= 1 and nProbe >= 2 but they are " + nStep + " and " + nProbe);
        }
        if (!(eta >= 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("step size eta must be finite and >= 0 but is " + eta);
        }
        if (activation == null || link == null) {
            throw new IllegalArgumentException("activation and link must not be null");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0 but is " + noise);
        }
    }

    /** d = 50, N = 500, nStep = nProbe = 2000, eta = 6, ReLU student and teacher, noise 0.1. */
    public static OneStepConfig defaults() {
        return new OneStepConfig(50, 500, 2000, 2000, 6.0, Activation.RELU, Activation.RELU, 0.1);
    }

    public OneStepConfig withEta(double value) {
        return new OneStepConfig(d, width, nStep, nProbe, value, activation, link, noise);
    }

    public OneStepConfig withSizes(int dValue, int widthValue, int nStepValue, int nProbeValue) {
        return new OneStepConfig(dValue, widthValue, nStepValue, nProbeValue, eta, activation, link, noise);
    }

    public OneStepConfig withActivations(Activation student, Activation teacher) {
        return new OneStepConfig(d, width, nStep, nProbe, eta, student, teacher, noise);
    }
}
