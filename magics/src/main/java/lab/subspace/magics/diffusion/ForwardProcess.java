package lab.subspace.magics.diffusion;

import java.util.Locale;

/**
 * The forward (noising) process of the diffusion model: the Ornstein-Uhlenbeck process
 * x_t = a_t x_0 + s_t xi with a_t = e^{-t}, s_t^2 = 1 - e^{-2t}, xi ~ N(0, I), and the time grid and
 * early-stopping rule of the reverse sampler.
 *
 * <p>Early stopping at t_0 = c n^{-2/k} (so s_{t_0} ~ n^{-1/k}, the spacing of n points in k
 * dimensions) is the choice under which "Diffusion Models Are Statistically Optimal for Learning
 * Low-Dimensional Multi-Modal Distributions" proves the rate W1 = O~(n^{-1/(k v 2)}).
 *
 * <pre>{@code
 * double t0 = ForwardProcess.earlyStop(800, 3, 1.0);          // 800^{-2/3} = 0.0116
 * double[] grid = ForwardProcess.timeGrid(10, t0, 30);        // 10 ... t0, geometric, 31 times
 * double a = ForwardProcess.alpha(t0), s2 = ForwardProcess.variance(t0);
 * }</pre>
 */
public final class ForwardProcess {

    private ForwardProcess() {
    }

    /** a_t = e^{-t}, the signal scale at time t. */
    public static double alpha(double t) {
        return Math.exp(-t);
    }

    /** s_t^2 = 1 - e^{-2t}, the noise variance at time t (accurate for small t). */
    public static double variance(double t) {
        return -Math.expm1(-2 * t);
    }

    /** s_t. */
    public static double sigma(double t) {
        return Math.sqrt(variance(t));
    }

    /**
     * The early-stopping time t_0 = scale * n^{-2/k}.
     *
     * @param n     number of training samples
     * @param k     intrinsic dimension
     * @param scale the constant c (1 by default in the experiments)
     */
    public static double earlyStop(int n, int k, double scale) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of training samples must be >= 1 but is " + n);
        }
        if (k < 1) {
            throw new IllegalArgumentException("the intrinsic dimension k must be >= 1 but is " + k);
        }
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the early-stopping scale must be positive and finite but is " + scale);
        }
        return scale * Math.pow(n, -2.0 / k);
    }

    /**
     * Times tMax = t[0] &gt; t[1] &gt; ... &gt; t[steps] = t0, geometrically spaced: the reverse sampler
     * takes equal steps in log t, so most steps are spent where the noise is small and the score
     * changes fast.
     *
     * @throws IllegalArgumentException unless 0 &lt; t0 &lt; tMax and steps &gt;= 1
     */
    public static double[] timeGrid(double tMax, double t0, int steps) {
        check(tMax, t0, steps);
        double[] t = new double[steps + 1];
        double logRatio = Math.log(t0 / tMax);
        for (int i = 0; i <= steps; i++) {
            t[i] = tMax * Math.exp(logRatio * i / steps);
        }
        t[0] = tMax;
        t[steps] = t0;
        return t;
    }

    static void check(double tMax, double t0, int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("the sampler needs at least 1 step but got " + steps);
        }
        if (!(t0 > 0) || !(tMax > t0) || Double.isInfinite(tMax)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "times must satisfy 0 < t0 < tMax < infinity but t0 = %s and tMax = %s", t0, tMax));
        }
    }
}
