package lab.subspace.magics.fourier;

import java.util.Arrays;
import java.util.List;

import lab.subspace.numerics.stats.LineFit;

/**
 * Steps to learn for every (alpha, N, seed), with per-(alpha, N) medians and per-alpha log-log fits
 * over all runs.
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

    /** Whether every run at this alpha reached the threshold. */
    public boolean allLearned(double alpha) {
        return runs.stream().filter(r -> r.alpha() == alpha).allMatch(Run::learned);
    }

    /**
     * Fit of log(steps) on log(input dimension) over every run at this alpha (the slope of the
     * geometric means, with a standard error from the spread between runs); only meaningful when
     * {@link #allLearned} (a censored run is a lower bound).
     */
    public LineFit slope(double alpha) {
        double[] d = runs.stream().filter(r -> r.alpha() == alpha).mapToDouble(Run::inputs).toArray();
        double[] steps = runs.stream().filter(r -> r.alpha() == alpha).mapToDouble(Run::steps).toArray();
        if (d.length == 0) {
            throw new IllegalArgumentException("no runs at alpha = " + alpha);
        }
        return LineFit.logLog(d, steps);
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
