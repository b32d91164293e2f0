package lab.subspace.magics.diffusion;

/**
 * Settings of the reverse-time sampler.
 *
 * <pre>{@code
 * SamplerOptions o = SamplerOptions.defaults(ForwardProcess.earlyStop(n, k, 1.0));  // DDPM, 30 steps
 * SamplerOptions p = o.withMethod(SamplerMethod.DDIM).withSteps(50);
 * }</pre>
 *
 * @param method         DDPM (stochastic) or DDIM (deterministic)
 * @param steps          number of reverse steps from tMax to t0 (geometric in t); the sampler makes
 *                       steps + 1 denoiser calls (the last one denoises x_{t0})
 * @param tMax           start time; x_{tMax} is drawn from N(0, I), the forward process's limit
 *                       (its mismatch with the true marginal is of order a_{tMax} = e^{-tMax})
 * @param t0             early-stopping time (&gt; 0); the output is E[x_0 | x_{t0}]
 */
public record SamplerOptions(SamplerMethod method, int steps, double tMax, double t0) {

    /** Default start time: e^{-10} = 4.5e-5 of the signal is left. */
    public static final double DEFAULT_T_MAX = 10;

    /** Default number of reverse steps. */
    public static final int DEFAULT_STEPS = 30;

    public SamplerOptions {
        if (method == null) {
            throw new IllegalArgumentException("sampler method is null; use DDPM or DDIM");
        }
        ForwardProcess.check(tMax, t0, steps);
    }

    /** DDPM, {@value #DEFAULT_STEPS} steps from tMax = 10 down to {@code t0}. */
    public static SamplerOptions defaults(double t0) {
        return new SamplerOptions(SamplerMethod.DDPM, DEFAULT_STEPS, DEFAULT_T_MAX, t0);
    }

    public SamplerOptions withMethod(SamplerMethod m) {
        return new SamplerOptions(m, steps, tMax, t0);
    }

    public SamplerOptions withSteps(int s) {
        return new SamplerOptions(method, s, tMax, t0);
    }

    public SamplerOptions withTMax(double t) {
        return new SamplerOptions(method, steps, t, t0);
    }

    public SamplerOptions withT0(double t) {
        return new SamplerOptions(method, steps, tMax, t);
    }
}
