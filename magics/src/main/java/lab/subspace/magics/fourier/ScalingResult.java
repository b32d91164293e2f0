package lab.subspace.magics.fourier;

import java.util.Arrays;
import java.util.List;

import lab.subspace.numerics.stats.LineFit;

/**
 * Steps to learn for every (alpha, N, seed), with per-(alpha, N) medians and per-alpha log-log fits.
 * A run that did not reach the threshold counts as {@code maxSteps} (a lower bound) and is flagged.
 *
 * @param spec the settings
 * @param runs one entry per run
 */
public record ScalingResult(ScalingSpec spec, List<Run> runs) {

    /**
     * One run.
     *
     * @param alpha    spectral exponent
     * @param n        side
     * @param inputs   input dimension (N or N^2)
     * @param seed     index of the initialisation
     * @param steps    steps until test accuracy exceeded the threshold (maxSteps if never)
     * @param learned  whether the threshold was reached
     * @param accuracy last measured test accuracy
     */
    public record Run(double alpha, int n, int inputs, int seed, long steps, boolean learned, double accuracy) {
    }

    public ScalingResult {
        runs = List.copyOf(runs);
    }

    /** Median steps to learn at (alpha, n). */
    public double medianSteps(double alpha, int n) {
        double[] v = runs.stream().filter(r -> r.alpha() == alpha && r.n() == n).mapToDouble(Run::steps).toArray();
        if (v.length == 0) {
            throw new IllegalArgumentException("no runs at alpha = " + alpha + ", N = " + n);
        }
        return StepsToLearn.median(v);
    }

    /** Whether more than half of the runs at (alpha, n) learned (so the median is a measured value). */
    public boolean medianLearned(double alpha, int n) {
        long learned = runs.stream().filter(r -> r.alpha() == alpha && r.n() == n && r.learned()).count();
        long all = runs.stream().filter(r -> r.alpha() == alpha && r.n() == n).count();
        return 2 * learned > all;
    }

    /** Median steps to learn at each size, for one alpha. */
    public double[] medians(double alpha) {
        return Arrays.stream(spec.sizes()).mapToDouble(n -> medianSteps(alpha, n)).toArray();
    }

    /** Whether the median at every size was measured (more than half of the runs learned). */
    public boolean allLearned(double alpha) {
        return Arrays.stream(spec.sizes()).allMatch(n -> medianLearned(alpha, n));
    }

    /**
     * Fit of log(median steps) on log(input dimension) over all sizes, for one alpha; only
     * meaningful when {@link #allLearned} (a censored median is a lower bound).
     */
    public LineFit slope(double alpha) {
        int[] sizes = spec.sizes();
        double[] d = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            d[i] = Grid.of(spec.dims(), sizes[i]).size();
        }
        return LineFit.logLog(d, medians(alpha));
    }

    /** Median steps at alpha = {@code reference} divided by median steps at {@code alpha}, at side n. */
    public double speedup(double reference, double alpha, int n) {
        return medianSteps(reference, n) / medianSteps(alpha, n);
    }

    /** Fraction of runs at (alpha, n) that reached the threshold. */
    public double learnedFraction(double alpha, int n) {
        return runs.stream().filter(r -> r.alpha() == alpha && r.n() == n).mapToDouble(r -> r.learned() ? 1 : 0).average()
                .orElse(Double.NaN);
    }
}
