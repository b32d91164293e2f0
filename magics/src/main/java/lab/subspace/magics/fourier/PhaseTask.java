package lab.subspace.magics.fourier;

import java.util.Arrays;

import lab.subspace.numerics.random.Rng;

/**
 * The synthetic two-class task with controlled amplitudes and phases [reconstructed from the
 * abstract of "A Fourier perspective on the learning dynamics of neural networks", Ricci, Merger,
 * Goldt, arXiv:2605.16913; the paper's own generator was not available].
 *
 * <p>Class 1 ("structured phases"): white noise z with, in a fraction {@code sparsity} of the
 * samples, a strong copy (random sign) of a fixed template u, whitened so that the covariance stays
 * the identity (the spiked-cumulant construction), then coloured with the amplitude spectrum
 * A1(k) ~ |k|^-(alpha + contrast): x = F^{-1}[A1(k) F(S(z + strength g u))(k)]. The template has a
 * flat spectrum and random phases before colouring, so after colouring it carries the same
 * power-law spectrum as the data (as edges do in natural images).
 *
 * <p>Class 0 ("phase-scrambled"): a fresh class-1 sample with its phases replaced by independent
 * uniform phases and its amplitudes rescaled by A0(k) / A1(k), A0 ~ |k|^-alpha. With
 * {@code contrast = 0} the two classes have exactly the same amplitude distribution, sample by
 * sample, and the same (circulant, i.e. translation-invariant) covariance: they differ only in the
 * phases, through fourth- and higher-order statistics.
 *
 * <pre>{@code
 * PhaseTask t = PhaseTask.of(Grid.line(16), 0.0, 0.0, 7);    // phase-only task on white inputs
 * double[] x = t.sample(1, new Rng(3));
 * }</pre>
 */
public final class PhaseTask {

    /** Default template strength: large enough for online SGD to learn at small sizes. */
    public static final double STRENGTH = 4;
    /** Default fraction of class-1 samples that carry the template. */
    public static final double SPARSITY = 0.1;

    private final Grid grid;
    private final double alpha;
    private final double contrast;
    private final double strength;
    private final double sparsity;
    private final double[][] amplitudes;
    private final double[] ratio;
    private final double[] spike;
    private final FourierSignals fourier;

    private PhaseTask(Grid grid, double alpha, double contrast, double strength, double sparsity, long seed) {
        this.grid = grid;
        this.alpha = alpha;
        this.contrast = contrast;
        this.strength = strength;
        this.sparsity = sparsity;
        this.fourier = FourierSignals.of(grid);
        this.amplitudes = new double[][] {PowerLaw.amplitudes(grid, alpha), PowerLaw.amplitudes(grid, alpha + contrast)};
        int d = grid.size();
        this.ratio = new double[d];
        for (int k = 0; k < d; k++) {
            ratio[k] = amplitudes[1][k] > 0 ? amplitudes[0][k] / amplitudes[1][k] : 0;
        }
        double[] flat = new double[d];
        Arrays.fill(flat, 1);
        flat[0] = 0;
        // coloured once in white space, so that the template seen in the inputs carries the data's spectrum (coloured twice)
        this.spike = unit(fourier.filter(fourier.synthesize(flat, fourier.randomPhases(new Rng(seed))), amplitudes[1]));
    }

    /** The task with the default template strength and sparsity. */
    public static PhaseTask of(Grid grid, double alpha, double contrast, long seed) {
        return of(grid, alpha, contrast, STRENGTH, SPARSITY, seed);
    }

    /**
     * @param alpha    power-law exponent of class 0's amplitude spectrum (0 = white inputs)
     * @param contrast class 1 uses exponent alpha + contrast (0 = phase-only task)
     * @param strength size of the template events (the spike strength beta)
     * @param sparsity fraction of class-1 samples carrying a template event, in (0, 1]
     * @param seed     seed of the template's phases
     */
    public static PhaseTask of(Grid grid, double alpha, double contrast, double strength, double sparsity, long seed) {
        if (!Double.isFinite(alpha) || alpha < 0) {
            throw new IllegalArgumentException("alpha must be finite and >= 0 but is " + alpha);
        }
        if (!Double.isFinite(contrast) || contrast < 0) {
            throw new IllegalArgumentException("amplitude contrast must be finite and >= 0 but is " + contrast);
        }
        if (!Double.isFinite(strength) || strength <= 0) {
            throw new IllegalArgumentException("template strength must be finite and > 0 but is " + strength);
        }
        if (!(sparsity > 0 && sparsity <= 1)) {
            throw new IllegalArgumentException("sparsity must be in (0, 1] but is " + sparsity);
        }
        return new PhaseTask(grid, alpha, contrast, strength, sparsity, seed);
    }

    public Grid grid() {
        return grid;
    }

    public double alpha() {
        return alpha;
    }

    public double contrast() {
        return contrast;
    }

    /** Amplitude spectrum (root expected power) of class {@code label} (a copy). */
    public double[] amplitude(int label) {
        return amplitudes[requireLabel(label)].clone();
    }

    /** The unit-norm direction along which class-1 inputs carry their template events. */
    public double[] template() {
        return unit(fourier.filter(spike, amplitudes[1]));
    }

    private static double[] unit(double[] v) {
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        n = Math.sqrt(n);
        for (int i = 0; i < v.length; i++) {
            v[i] /= n;
        }
        return v;
    }

    /** One fresh sample of class {@code label} (0 = phase-scrambled, 1 = structured phases). */
    public double[] sample(int label, Rng rng) {
        double[] x1 = structured(rng);
        if (requireLabel(label) == 1) {
            return x1;
        }
        double[] a = fourier.amplitude(x1);
        for (int k = 0; k < a.length; k++) {
            a[k] *= ratio[k];
        }
        return fourier.synthesize(a, fourier.randomPhases(rng));
    }

    private double[] structured(Rng rng) {
        int d = grid.size();
        double[] y = rng.gaussianVector(d);
        double[] u = spike;
        double uz = 0;
        for (int i = 0; i < d; i++) {
            uz += u[i] * y[i];
        }
        double g = rng.bernoulli(sparsity) ? (rng.bernoulli(0.5) ? -1 : 1) / Math.sqrt(sparsity) : 0;
        double s = 1 / Math.sqrt(1 + strength * strength);
        // S (z + beta g u) with S = I - (1 - s) u u^T: unit variance along u, so the covariance stays the identity
        double along = -(1 - s) * uz + s * strength * g;
        for (int i = 0; i < d; i++) {
            y[i] += along * u[i];
        }
        return fourier.filter(y, amplitudes[1]);
    }

    /** A sampler drawing balanced random labels, for {@link OnlineSgd}. */
    public Sampler sampler() {
        return rng -> {
            int y = rng.bernoulli(0.5) ? 1 : 0;
            return new Sampler.Example(sample(y, rng), y);
        };
    }

    private static int requireLabel(int label) {
        if (label != 0 && label != 1) {
            throw new IllegalArgumentException("label must be 0 or 1 but is " + label);
        }
        return label;
    }
}
