package lab.subspace.numerics.stats;

import java.util.function.ToDoubleFunction;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * Seeded percentile-bootstrap confidence intervals.
 *
 * <pre>{@code
 * Interval ci = Bootstrap.interval(errors, Descriptive::mean, 2000, 0.95, 42);
 * // paired data: resample indices and compute any statistic from them
 * Interval d = Bootstrap.interval(n, idx -> meanDifference(a, b, idx), 2000, 0.95, 42);
 * }</pre>
 */
public final class Bootstrap {

    /** A statistic of the resampled indices (length n, drawn with replacement). */
    @FunctionalInterface
    public interface IndexStatistic {
        double compute(int[] indices);
    }

    private Bootstrap() {
    }

    /** Percentile interval for {@code statistic(x)}; the estimate is the statistic on x itself. */
    public static Interval interval(double[] x, ToDoubleFunction<double[]> statistic, int resamples, double level,
            long seed) {
        double[] buf = new double[x.length];
        Interval ci = interval(x.length, idx -> {
            for (int i = 0; i < idx.length; i++) {
                buf[i] = x[idx[i]];
            }
            return statistic.applyAsDouble(buf);
        }, resamples, level, seed);
        return new Interval(statistic.applyAsDouble(x.clone()), ci.lower(), ci.upper(), level);
    }

    /**
     * Percentile interval for a statistic of n paired observations, computed from resampled
     * indices; the estimate is the statistic on the identity indices 0..n-1.
     */
    public static Interval interval(int n, IndexStatistic statistic, int resamples, double level, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("the bootstrap needs at least one observation");
        }
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be >= 1 but is " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1) but is " + level);
        }
        Rng rng = new Rng(seed);
        double[] stats = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            Interrupts.check();
            stats[b] = statistic.compute(rng.resample(n));
        }
        int[] identity = new int[n];
        for (int i = 0; i < n; i++) {
            identity[i] = i;
        }
        double alpha = (1 - level) / 2;
        double[] q = Descriptive.quantiles(stats, alpha, 1 - alpha);
        return new Interval(statistic.compute(identity), q[0], q[1], level);
    }
}
