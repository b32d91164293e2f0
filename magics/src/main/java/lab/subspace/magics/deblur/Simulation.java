package lab.subspace.magics.deblur;

/**
 * A simulated capture: the clean scene (kept for evaluation only), its blurred version, and the
 * noisy frames that the self-supervised methods train on. Arrays are copied out.
 *
 * @param truth   the clean scene x
 * @param blurred h * x
 * @param frames  the noisy frames: the only part to pass to {@link SelfSupervised}
 * @param psf     the PSF used
 * @param sensor  the sensor used
 */
public record Simulation(double[][] truth, double[][] blurred, NoisyFrames frames, Psf psf, Sensor sensor) {

    public Simulation {
        truth = Psf.copy(truth);
        blurred = Psf.copy(blurred);
    }

    @Override
    public double[][] truth() {
        return Psf.copy(truth);
    }

    @Override
    public double[][] blurred() {
        return Psf.copy(blurred);
    }
}
