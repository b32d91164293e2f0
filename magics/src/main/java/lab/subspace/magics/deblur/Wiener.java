package lab.subspace.magics.deblur;

/**
 * The reference the self-supervised methods are measured against: Wiener deconvolution of the
 * exposure-weighted average of all frames, with everything known - the bias, the noise level
 * (from the sensor model) and the scene's radially averaged power spectrum. It is the best
 * rotation-invariant linear filter, i.e. the best member of the family the learned filter lives
 * in; with {@link #oracle} the scene spectrum comes from the clean image, so it is NOT
 * self-supervised.
 *
 * <pre>{@code
 * double[][] ref = Wiener.oracle(frames, psf, sensor, truth);
 * }</pre>
 */
public final class Wiener {

    private Wiener() {
    }

    /** Wiener deconvolution with the clean scene's radial power spectrum (an oracle reference). */
    public static double[][] oracle(NoisyFrames frames, Psf psf, Sensor sensor, double[][] truth) {
        return restore(frames, psf, sensor, radialPower(truth));
    }

    /**
     * Wiener deconvolution of {@code (sum_k y_k - K b) / sum_k t_k} with the known sensor and a
     * known scene power per ring ({@code scenePower[r]} = mean |X|^2 of the unscaled DFT in ring r).
     *
     * @throws IllegalArgumentException when {@code scenePower} does not have one value per ring of
     *                                  the frames' size, or has negative values
     */
    public static double[][] restore(NoisyFrames frames, Psf psf, Sensor sensor, double[] scenePower) {
        Fft2 fft = new Fft2(frames.rows(), frames.cols());
        double[] input = new double[2 * fft.size()];
        double exposure = 0;
        for (int k = 0; k < frames.count(); k++) {
            double[] s = fft.forward(frames.view(k));
            for (int i = 0; i < s.length; i++) {
                input[i] += s[i];
            }
            exposure += frames.exposure(k);
        }
        input[0] -= frames.count() * sensor.bias() * fft.size();
        Spectra.multiply(input, response(frames, psf, sensor, scenePower));
        for (int i = 0; i < input.length; i++) {
            input[i] /= exposure;
        }
        return fft.inverseReal(input);
    }

    /** The Wiener filter's mean |G| per ring for these frames (to compare with learned gains). */
    public static double[] gainProfile(NoisyFrames frames, Psf psf, Sensor sensor, double[] scenePower) {
        return LearnedFilter.ringMean(response(frames, psf, sensor, scenePower), frames.rows(), frames.cols());
    }

    /** {@code G = conj(H) S / (|H|^2 S + noise power)} as an interleaved spectrum. */
    static double[] response(NoisyFrames frames, Psf psf, Sensor sensor, double[] scenePower) {
        int rows = frames.rows();
        int cols = frames.cols();
        RadialBins bins = new RadialBins(rows, cols);
        if (scenePower.length != bins.count) {
            throw new IllegalArgumentException("scenePower has " + scenePower.length + " rings but " + rows + " x " + cols
                    + " frames have " + bins.count);
        }
        for (int r = 0; r < scenePower.length; r++) {
            if (!(scenePower[r] >= 0) || Double.isInfinite(scenePower[r])) {
                throw new IllegalArgumentException("scenePower must be finite and >= 0 but ring " + r + " is " + scenePower[r]);
            }
        }
        double noisePower = noisePower(frames, sensor);
        double[] h = psf.otf(rows, cols);
        double[] g = new double[h.length];
        for (int f = 0; f < bins.ring.length; f++) {
            double hr = h[2 * f];
            double hi = h[2 * f + 1];
            double s = scenePower[bins.ring[f]];
            double denominator = (hr * hr + hi * hi) * s + noisePower;
            if (denominator > 0) {
                g[2 * f] = hr * s / denominator;
                g[2 * f + 1] = -hi * s / denominator;
            }
        }
        return g;
    }

    /**
     * The noise-to-signal ratio per ring, {@code noise power / scenePower[r]}, of the bias-free
     * average of all frames: the lambda that a Wiener-form filter should learn.
     */
    public static double[] noiseToSignal(NoisyFrames frames, Sensor sensor, double[] scenePower) {
        double noise = noisePower(frames, sensor);
        double[] out = new double[scenePower.length];
        for (int r = 0; r < out.length; r++) {
            out[r] = noise / scenePower[r];
        }
        return out;
    }

    /**
     * Noise power per frequency (unscaled DFT) of {@code (sum_k y_k - K b) / sum_k t_k}: per pixel
     * {@code Var = (T m / photons + K readNoise^2) / T^2} with m the mean blurred signal (estimated
     * from the frames, H(0) = 1); the noise is white, so its power is N Var at every frequency.
     */
    static double noisePower(NoisyFrames frames, Sensor sensor) {
        double n = (double) frames.rows() * frames.cols();
        double exposure = 0;
        double sum = 0;
        for (int k = 0; k < frames.count(); k++) {
            exposure += frames.exposure(k);
            for (double[] row : frames.view(k)) {
                for (double v : row) {
                    sum += v;
                }
            }
        }
        double meanSignal = Math.max(0, (sum / n - frames.count() * sensor.bias()) / exposure);
        double variance = (exposure * meanSignal / sensor.photons() + frames.count() * sensor.readNoise() * sensor.readNoise())
                / (exposure * exposure);
        return n * variance;
    }

    /** Mean |X|^2 (unscaled DFT) of {@code scene} in each radial ring. */
    public static double[] radialPower(double[][] scene) {
        double[][] x = ImageQuality.checked("scene", scene);
        Fft2 fft = new Fft2(x.length, x[0].length);
        double[] s = fft.forward(x);
        RadialBins bins = new RadialBins(x.length, x[0].length);
        double[] sum = new double[bins.count];
        int[] count = new int[bins.count];
        for (int f = 0; f < bins.ring.length; f++) {
            sum[bins.ring[f]] += s[2 * f] * s[2 * f] + s[2 * f + 1] * s[2 * f + 1];
            count[bins.ring[f]]++;
        }
        for (int r = 0; r < sum.length; r++) {
            sum[r] /= count[r];
        }
        return sum;
    }
}
