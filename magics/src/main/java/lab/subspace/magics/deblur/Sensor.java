package lab.subspace.magics.deblur;

/**
 * A low-light sensor: Poisson photon noise, Gaussian read noise and a constant offset (bias).
 * A frame of exposure {@code t} of the blurred scene {@code m = h * x} (scene values in [0, 1]) is
 * <pre>
 *   y = Poisson(photons * t * m) / photons + readNoise * N(0, 1) + bias
 * </pre>
 * so {@code E[y] = t m + bias} and {@code Var[y] = t m / photons + readNoise^2}: the noise has
 * mean {@code bias}, not zero, which is what plain Noise2Noise gets wrong.
 *
 * <pre>{@code
 * Sensor s = new Sensor(20, 0.05, 0.1);   // 20 photons at white, read noise 0.05, bias 0.1
 * }</pre>
 *
 * @param photons   expected photon count of a white pixel (x = 1) at exposure 1; small is dark
 * @param readNoise standard deviation of the Gaussian read noise, in scene units
 * @param bias      the constant offset b added to every pixel of every frame, in scene units
 */
public record Sensor(double photons, double readNoise, double bias) {

    public Sensor {
        if (!(photons > 0) || Double.isInfinite(photons) || photons > 1e9) {
            throw new IllegalArgumentException("photons must be in (0, 1e9] but is " + photons);
        }
        if (!(readNoise >= 0) || Double.isInfinite(readNoise)) {
            throw new IllegalArgumentException("readNoise must be finite and >= 0 but is " + readNoise);
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias must be finite but is " + bias);
        }
    }

    public Sensor withBias(double b) {
        return new Sensor(photons, readNoise, b);
    }

    public Sensor withPhotons(double p) {
        return new Sensor(p, readNoise, bias);
    }
}
