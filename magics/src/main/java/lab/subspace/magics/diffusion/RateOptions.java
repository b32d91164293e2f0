package lab.subspace.magics.diffusion;

/**
 * Settings of the rate experiment.
 *
 * <p>The number of reverse steps follows the length of the time range: a run takes
 * max({@value #MIN_STEPS}, ceil(stepDensity ln(tMax / t0))) steps, so every run has the same step
 * size in log t whatever its early-stopping time t0 = c n^{-2/k} (which spans 10^-6 .. 10^-1 over
 * k = 1..4 and n = 50..800).
 *
 * <pre>{@code
 * RateOptions o = RateOptions.defaults().withStepDensity(2).withT0Scale(0.5);
 * }</pre>
 *
 * @param method      reverse sampler
 * @param stepDensity reverse steps per unit of ln t (1.3: consecutive times differ by a factor of at most e^{1/1.3} = 2.2)
 * @param tMax        start time of the reverse process
 * @param t0Scale     c in the early-stopping time t0 = c n^{-2/k}
 * @param level       confidence level of the slope intervals (e.g. 0.95)
 * @param resamples   bootstrap resamples for the slope intervals
 */
public record RateOptions(SamplerMethod method, double stepDensity, double tMax, double t0Scale, double level, int resamples) {

    /** Fewest reverse steps of a run. */
    public static final int MIN_STEPS = 5;

    /**
     * Default step density: with DPM-Solver++(2M), W1 at n = 800 changes by less than 3% between
     * this density and 4 (measured for k = 1..4; see the notebook's sampler check).
     */
    public static final double DEFAULT_STEP_DENSITY = 1.3;

    public RateOptions {
        if (method == null) {
            throw new IllegalArgumentException("sampler method is null; use DDPM, DDIM or DPM_SOLVER_2M");
        }
        if (!(stepDensity > 0) || Double.isInfinite(stepDensity)) {
            throw new IllegalArgumentException("the step density must be positive and finite but is " + stepDensity);
        }
        if (!(tMax > 0) || Double.isInfinite(tMax)) {
            throw new IllegalArgumentException("the start time tMax must be positive and finite but is " + tMax);
        }
        if (!(t0Scale > 0) || Double.isInfinite(t0Scale)) {
            throw new IllegalArgumentException("the early-stopping scale must be positive and finite but is " + t0Scale);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the confidence level must be in (0, 1) but is " + level);
        }
        if (resamples < 10) {
            throw new IllegalArgumentException("the bootstrap needs at least 10 resamples but got " + resamples);
        }
    }

    /** DPM-Solver++(2M), 1.3 steps per unit of ln t, tMax = 10, t0 = n^{-2/k}, 95% intervals, 1000 resamples. */
    public static RateOptions defaults() {
        return new RateOptions(SamplerMethod.DPM_SOLVER_2M, DEFAULT_STEP_DENSITY, SamplerOptions.DEFAULT_T_MAX, 1.0, 0.95, 1000);
    }

    public RateOptions withMethod(SamplerMethod m) {
        return new RateOptions(m, stepDensity, tMax, t0Scale, level, resamples);
    }

    public RateOptions withStepDensity(double d) {
        return new RateOptions(method, d, tMax, t0Scale, level, resamples);
    }

    public RateOptions withT0Scale(double c) {
        return new RateOptions(method, stepDensity, tMax, c, level, resamples);
    }

    public RateOptions withLevel(double l) {
        return new RateOptions(method, stepDensity, tMax, t0Scale, l, resamples);
    }

    public RateOptions withResamples(int b) {
        return new RateOptions(method, stepDensity, tMax, t0Scale, level, b);
    }

    /** The sampler settings for n training samples of intrinsic dimension k. */
    public SamplerOptions sampler(int n, int k) {
        double t0 = ForwardProcess.earlyStop(n, k, t0Scale);
        double start = Math.max(tMax, 2 * t0);
        int steps = Math.max(MIN_STEPS, (int) Math.ceil(stepDensity * Math.log(start / t0)));
        return new SamplerOptions(method, steps, start, t0);
    }
}
