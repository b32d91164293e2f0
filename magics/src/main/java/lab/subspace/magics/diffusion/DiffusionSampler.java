package lab.subspace.magics.diffusion;

import java.time.Duration;
import java.util.Locale;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;

/**
 * The reverse-time sampler of a score-based diffusion model: start from N(0, I) at tMax, step
 * down a geometric time grid with DDPM or DDIM steps written through the denoiser, stop early at t0
 * and return E[x_0 | x_{t0}] ("Diffusion Models Are Statistically Optimal for Learning
 * Low-Dimensional Multi-Modal Distributions": smoothed empirical score, early stopping at
 * t0 ~ n^{-2/k}).
 *
 * <p>Returning the denoised point rather than x_{t0} itself matters in high dimension: x_{t0} still
 * carries noise of norm s_{t0} sqrt(D), which would add a D-dependent term to W1.
 *
 * <pre>{@code
 * EmpiricalScore score = EmpiricalScore.of(train);                         // n x D
 * double t0 = ForwardProcess.earlyStop(train.numRows, 2, 1.0);
 * Generated g = DiffusionSampler.sample(score, 500, train.numCols, SamplerOptions.defaults(t0), 42L);
 * DMatrixRMaj x = g.points();                                              // 500 x D
 * }</pre>
 */
public final class DiffusionSampler {

    private DiffusionSampler() {
    }

    /**
     * Draws {@code count} points; shows a progress bar when it takes more than a second.
     *
     * @param model     the score (e.g. {@link EmpiricalScore}, or your own fitted one)
     * @param count     number of points m &gt;= 1
     * @param dimension ambient dimension D of the model
     * @param seed      seed of all the noise
     * @throws IllegalArgumentException for bad sizes, or when the model returns non-finite values
     */
    public static Generated sample(ScoreModel model, int count, int dimension, SamplerOptions options, long seed) {
        try (Progress progress = Progress.start("Diffusion sampler", options.steps() + 1L, Duration.ofSeconds(1))) {
            return run(model, count, dimension, options, seed, progress);
        }
    }

    /** The sampler without a progress bar of its own (callers running many samplers show one). */
    static Generated run(ScoreModel model, int count, int dimension, SamplerOptions options, long seed, Progress progress) {
        if (model == null) {
            throw new IllegalArgumentException("score model is null");
        }
        if (options == null) {
            throw new IllegalArgumentException("sampler options are null");
        }
        if (count < 1) {
            throw new IllegalArgumentException("the number of points to generate must be >= 1 but is " + count);
        }
        if (dimension < 1) {
            throw new IllegalArgumentException("the dimension must be >= 1 but is " + dimension);
        }
        Memory.requireDoubles(3L * count * dimension, "generated points " + count + " x " + dimension);
        Rng rng = new Rng(seed);
        double[] times = ForwardProcess.timeGrid(options.tMax(), options.t0(), options.steps());
        DMatrixRMaj x = rng.gaussian(count, dimension);
        DMatrixRMaj previous = null;
        for (int step = 0; step < options.steps(); step++) {
            Interrupts.check();
            double t = times[step];
            double next = times[step + 1];
            DMatrixRMaj x0 = denoise(model, x, t);
            switch (options.method()) {
                case DDPM -> ddpmStep(x, x0, t, next, rng);
                case DDIM -> ddimStep(x, x0, t, next);
                case DPM_SOLVER_2M -> multistep(x, x0, previous, step == 0 ? Double.NaN : times[step - 1], t, next);
            }
            previous = x0;
            if (progress != null) {
                progress.step();
            }
        }
        DMatrixRMaj out = denoise(model, x, options.t0());
        if (progress != null) {
            progress.step();
        }
        return new Generated(out, times, options, seed);
    }

    /**
     * x_{t'} ~ N(m, v I) with m = (a_{t'} (1 - e^{-2h}) / s_t^2) x0 + (e^{-h} s_{t'}^2 / s_t^2) x,
     * v = (1 - e^{-2h}) s_{t'}^2 / s_t^2, h = t - t': the forward process's posterior given x_0 = x0.
     */
    private static void ddpmStep(DMatrixRMaj x, DMatrixRMaj x0, double t, double next, Rng rng) {
        double h = t - next;
        double s2 = ForwardProcess.variance(t);
        double s2Next = ForwardProcess.variance(next);
        double gap = -Math.expm1(-2 * h);
        double cx0 = ForwardProcess.alpha(next) * gap / s2;
        double cx = Math.exp(-h) * s2Next / s2;
        double sd = Math.sqrt(gap * s2Next / s2);
        for (int k = 0; k < x.data.length; k++) {
            x.data[k] = cx0 * x0.data[k] + cx * x.data[k] + sd * rng.gaussian();
        }
    }

    private static void ddimStep(DMatrixRMaj x, DMatrixRMaj x0, double t, double next) {
        double a = ForwardProcess.alpha(t);
        double aNext = ForwardProcess.alpha(next);
        double ratio = ForwardProcess.sigma(next) / ForwardProcess.sigma(t);
        for (int k = 0; k < x.data.length; k++) {
            x.data[k] = aNext * x0.data[k] + ratio * (x.data[k] - a * x0.data[k]);
        }
    }

    /** log(a_t / s_t), the half log signal-to-noise ratio. */
    static double halfLogSnr(double t) {
        return -t - 0.5 * Math.log(ForwardProcess.variance(t));
    }

    /**
     * DPM-Solver++(2M): x' = (s'/s) x - a' (e^{-h} - 1) D with D = (1 + 1/(2 r)) x0 - x0_prev / (2 r),
     * h = lambda' - lambda, r = h_prev / h (lambda = log(a / s)); the first step is DDIM (D = x0).
     */
    private static void multistep(DMatrixRMaj x, DMatrixRMaj x0, DMatrixRMaj previous, double before, double t, double next) {
        double h = halfLogSnr(next) - halfLogSnr(t);
        double ratio = ForwardProcess.sigma(next) / ForwardProcess.sigma(t);
        double coef = -ForwardProcess.alpha(next) * Math.expm1(-h);
        double c0 = 1;
        double c1 = 0;
        if (previous != null) {
            double r = (halfLogSnr(t) - halfLogSnr(before)) / h;
            c0 = 1 + 1 / (2 * r);
            c1 = -1 / (2 * r);
        }
        for (int k = 0; k < x.data.length; k++) {
            double d = previous == null ? x0.data[k] : c0 * x0.data[k] + c1 * previous.data[k];
            x.data[k] = ratio * x.data[k] + coef * d;
        }
    }

    private static DMatrixRMaj denoise(ScoreModel model, DMatrixRMaj x, double t) {
        DMatrixRMaj x0 = model.denoise(x, t);
        if (x0 == null || x0.numRows != x.numRows || x0.numCols != x.numCols) {
            throw new IllegalArgumentException("the score model's denoiser returned "
                    + (x0 == null ? "null" : x0.numRows + " x " + x0.numCols) + " for " + x.numRows + " x " + x.numCols
                    + " points at t = " + t);
        }
        for (int k = 0; k < x0.data.length; k++) {
            if (!Double.isFinite(x0.data[k])) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "the score model gave %s at point %d, coordinate %d, t = %.4g", x0.data[k], k / x0.numCols,
                        k % x0.numCols, t));
            }
        }
        return x0;
    }
}
