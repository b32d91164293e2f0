package lab.subspace.magics.deblur;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Poisson;
import lab.subspace.numerics.random.Rng;

/**
 * The forward model of low-light defocus imaging: blur by the PSF (periodic boundary, so that
 * the Fourier model {@code Y = H X} is exact), then Poisson-Gaussian noise with a bias, for K
 * frames of given exposure times (see {@link Sensor}).
 *
 * <pre>{@code
 * double[][] x = Scenes.generate(64, 64, 1);
 * Simulation sim = Defocus.simulate(x, Psf.disk(3), new Sensor(20, 0.05, 0.1), Defocus.spread(8), 42);
 * NoisyFrames frames = sim.frames();      // what a camera would record; x stays out of training
 * }</pre>
 */
public final class Defocus {

    private Defocus() {
    }

    /** {@code h * x} with periodic boundary. */
    public static double[][] blur(double[][] scene, Psf psf) {
        double[][] x = NoisyFrames.checkedCopy("scene", scene);
        Fft2 fft = new Fft2(x.length, x[0].length);
        double[] s = fft.forward(x);
        double[] h = psf.otf(x.length, x[0].length);
        Spectra.multiply(s, h);
        return fft.inverseReal(s);
    }

    /**
     * K frames of {@code scene} through {@code psf} and {@code sensor}, one per exposure time.
     * The same seed gives the same frames.
     *
     * @throws IllegalArgumentException when the scene has negative values (light is never
     *                                  negative) or the inputs are invalid
     */
    public static Simulation simulate(double[][] scene, Psf psf, Sensor sensor, double[] exposures, long seed) {
        double[][] x = NoisyFrames.checkedCopy("scene", scene);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                if (x[i][j] < 0) {
                    throw new IllegalArgumentException("scene has a negative value " + x[i][j] + " at (" + i + ", " + j
                            + "): radiance is never negative (see Scenes.normalize)");
                }
            }
        }
        double[][] blurred = blur(x, psf);
        if (exposures == null || exposures.length < 2) {
            throw new IllegalArgumentException("Need at least 2 exposures (one per frame) but got "
                    + (exposures == null ? 0 : exposures.length));
        }
        Rng rng = new Rng(seed);
        double[][][] frames = new double[exposures.length][][];
        for (int k = 0; k < exposures.length; k++) {
            Interrupts.check();
            if (!(exposures[k] >= 0) || Double.isInfinite(exposures[k])) {
                throw new IllegalArgumentException("exposures must be finite and >= 0 but exposure " + k + " is " + exposures[k]);
            }
            frames[k] = frame(blurred, sensor, exposures[k], rng);
        }
        return new Simulation(x, blurred, NoisyFrames.of(frames, exposures), psf, sensor);
    }

    /** {@code k} exposures spread evenly over [0.5, 1.5] (mean 1), e.g. a bracketed burst. */
    public static double[] spread(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("Need at least 2 frames but got " + k);
        }
        double[] t = new double[k];
        for (int i = 0; i < k; i++) {
            t[i] = 0.5 + i / (double) (k - 1);
        }
        return t;
    }

    /** {@code k} frames of exposure 1: the bias is then not identifiable (see SelfSupervised). */
    public static double[] equal(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("Need at least 2 frames but got " + k);
        }
        double[] t = new double[k];
        java.util.Arrays.fill(t, 1.0);
        return t;
    }

    private static double[][] frame(double[][] blurred, Sensor sensor, double exposure, Rng rng) {
        double[][] y = new double[blurred.length][blurred[0].length];
        double scale = sensor.photons() * exposure;
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                // FFT rounding can leave -1e-17 where the scene is black: no negative photon rates.
                double rate = scale * Math.max(0, blurred[i][j]);
                y[i][j] = Poisson.sample(rng, rate) / sensor.photons() + sensor.readNoise() * rng.gaussian() + sensor.bias();
            }
        }
        return y;
    }
}
