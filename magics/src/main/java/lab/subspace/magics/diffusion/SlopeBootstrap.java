package lab.subspace.magics.diffusion;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.Descriptive;
import lab.subspace.numerics.stats.Interval;
import lab.subspace.numerics.stats.ReplicatedFit;

/**
 * Percentile-bootstrap interval for the slope of a {@link ReplicatedFit#logLog} fit, resampling
 * runs WITHIN each n (the design is fixed: every n keeps its number of runs). A check on the Welch
 * interval that does not rely on normal level means.
 */
final class SlopeBootstrap {

    private SlopeBootstrap() {
    }

    static Interval slope(double[] n, double[] w1, int resamples, double level, long seed) {
        ReplicatedFit base = ReplicatedFit.logLog(n, w1);
        double[] levels = base.levels();
        int[][] members = new int[levels.length][];
        for (int j = 0; j < levels.length; j++) {
            final double lv = levels[j];
            members[j] = java.util.stream.IntStream.range(0, n.length).filter(i -> Math.log(n[i]) == lv).toArray();
        }
        Rng rng = new Rng(seed);
        double[] x = new double[n.length];
        double[] y = new double[n.length];
        double[] stats = new double[resamples];
        for (int b = 0; b < resamples; b++) {
            Interrupts.check();
            int k = 0;
            for (int[] group : members) {
                for (int i = 0; i < group.length; i++) {
                    int pick = group[rng.nextInt(group.length)];
                    x[k] = n[pick];
                    y[k++] = w1[pick];
                }
            }
            stats[b] = ReplicatedFit.logLog(x, y).slope();
        }
        double alpha = (1 - level) / 2;
        double[] q = Descriptive.quantiles(stats, alpha, 1 - alpha);
        return new Interval(base.slope(), q[0], q[1], level);
    }
}
