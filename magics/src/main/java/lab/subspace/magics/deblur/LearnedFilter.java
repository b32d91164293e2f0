package lab.subspace.magics.deblur;

import java.util.Locale;

/**
 * A trained deblurring filter in Wiener form, {@code G(w) = conj(H(w)) / (|H(w)|^2 + lambda(|w|))},
 * with the learned regularisation profile lambda (piecewise linear in log-log between knots), the
 * DC gain {@code H(0) G(0) = dcGain} (1 for the physics-constrained methods) and the learned sensor
 * bias (0 for plain Noise2Noise). It restores
 * <pre>
 *   X = G (sum_{k in S} Y_k - |S| b N delta) / sum_{k in S} t_k
 * </pre>
 * from all frames (multi-frame methods) or from the longest exposure (single-frame methods).
 *
 * <pre>{@code
 * double[][] restored = training.filter().restore(frames);
 * }</pre>
 *
 * @param method    the method that trained it
 * @param psf       the PSF it deconvolves
 * @param rows      frame height it was trained for
 * @param cols      frame width it was trained for
 * @param logLambda log lambda at each knot (copied in and out)
 * @param dcGain    {@code H(0) G(0)}
 * @param bias      the estimated sensor bias b (0 when the method assumes zero-mean noise)
 */
public record LearnedFilter(Method method, Psf psf, int rows, int cols, double[] logLambda, double dcGain, double bias) {

    public LearnedFilter {
        logLambda = logLambda.clone();
        if (logLambda.length < 2) {
            throw new IllegalArgumentException("A filter needs at least 2 knots but has " + logLambda.length);
        }
    }

    @Override
    public double[] logLambda() {
        return logLambda.clone();
    }

    /** The knots' radial frequencies in cycles per pixel. */
    public double[] knotFrequencies() {
        return FilterModel.knotFrequencies(rows, cols, logLambda.length);
    }

    /** lambda at each radial frequency (cycles per pixel, > 0): the learned noise-to-signal ratio. */
    public double[] lambda(double[] frequencies) {
        FilterModel model = model();
        double[] out = new double[frequencies.length];
        for (int i = 0; i < out.length; i++) {
            if (!(frequencies[i] > 0)) {
                throw new IllegalArgumentException("frequencies must be > 0 but frequencies[" + i + "] = " + frequencies[i]);
            }
            out[i] = Math.exp(model.logLambdaAt(logLambda, frequencies[i]));
        }
        return out;
    }

    /**
     * The restored scene.
     *
     * @throws IllegalArgumentException when the frames are not {@code rows x cols}
     */
    public double[][] restore(NoisyFrames frames) {
        if (frames.rows() != rows || frames.cols() != cols) {
            throw new IllegalArgumentException("The filter was trained on " + rows + " x " + cols + " frames but these are "
                    + frames.rows() + " x " + frames.cols());
        }
        int[] subset = method.multiFrame() ? allFrames(frames.count()) : new int[] {frames.longestExposure()};
        Fft2 fft = new Fft2(rows, cols);
        double[] input = new double[2 * fft.size()];
        double exposure = 0;
        for (int k : subset) {
            double[] s = fft.forward(frames.view(k));
            for (int i = 0; i < s.length; i++) {
                input[i] += s[i];
            }
            exposure += frames.exposure(k);
        }
        input[0] -= subset.length * bias * fft.size();
        Spectra.multiply(input, response());
        for (int i = 0; i < input.length; i++) {
            input[i] /= exposure;
        }
        return fft.inverseReal(input);
    }

    /** Mean |G| in each radial ring (x axis: {@link #ringFrequencies(int, int)}). */
    public double[] gainProfile() {
        return ringMean(response(), rows, cols);
    }

    /** Radial frequency of each ring of a {@code rows x cols} spectrum, in cycles per pixel. */
    public static double[] ringFrequencies(int rows, int cols) {
        RadialBins bins = new RadialBins(rows, cols);
        double[] f = new double[bins.count];
        for (int r = 0; r < f.length; r++) {
            f[r] = bins.frequency(r);
        }
        return f;
    }

    double[] response() {
        double[] otf = psf.otf(rows, cols);
        return new FilterModel(rows, cols, otf, logLambda.length).response(otf, logLambda, dcGain);
    }

    private FilterModel model() {
        return new FilterModel(rows, cols, psf.otf(rows, cols), logLambda.length);
    }

    static double[] ringMean(double[] spectrum, int rows, int cols) {
        RadialBins bins = new RadialBins(rows, cols);
        double[] sum = new double[bins.count];
        int[] count = new int[bins.count];
        for (int f = 0; f < bins.ring.length; f++) {
            sum[bins.ring[f]] += Math.hypot(spectrum[2 * f], spectrum[2 * f + 1]);
            count[bins.ring[f]]++;
        }
        for (int r = 0; r < sum.length; r++) {
            sum[r] = count[r] == 0 ? Double.NaN : sum[r] / count[r];
        }
        return sum;
    }

    static int[] allFrames(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LearnedFilter[%s, %d x %d, %d knots, DC gain %.4f, bias %.4f]", method.label(), rows,
                cols, logLambda.length, dcGain, bias);
    }
}
