package lab.subspace.magics.fourier;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * Measures how many online SGD steps a two-layer network needs to tell structured phases from
 * scrambled ones, as a function of the input size N and the spectral exponent alpha - the
 * sample-complexity experiment of "A Fourier perspective on the learning dynamics of neural
 * networks" (Ricci, Merger, Goldt, arXiv:2605.16913): ~N^3 steps for white inputs, far fewer with
 * power-law spectra.
 *
 * <pre>{@code
 * ScalingResult r = StepsToLearn.run(ScalingSpec.defaults().withSizes(8, 12).withAlphas(0, 1).withSeeds(2));
 * double slope = r.slope(0).slope();
 * }</pre>
 */
public final class StepsToLearn {

    private StepsToLearn() {
    }

    public static ScalingResult run(ScalingSpec spec) {
        int[] sizes = spec.sizes();
        double[] alphas = spec.alphas();
        List<ScalingResult.Run> runs = new ArrayList<>();
        Rng seeds = new Rng(spec.seed());
        long taskSeed = seeds.nextLong();
        long testSeed = seeds.nextLong();
        long initSeed = seeds.nextLong();
        try (Progress progress = Progress.start("steps to learn", (long) sizes.length * alphas.length * spec.seeds(),
                Duration.ofSeconds(1))) {
            for (double alpha : alphas) {
                for (int n : sizes) {
                    Grid grid = Grid.of(spec.dims(), n);
                    double d = grid.size();
                    PhaseTask task = PhaseTask.of(grid, alpha, 0, taskSeed + n);
                    TestViews test = TestViews.of(task, spec.testPerClass(), false, new Rng(testSeed + n));
                    SgdSpec sgd = spec.sgd().withLearningRate(spec.eta() / Math.pow(d, spec.lrPower())).withMaxSteps(spec.maxSteps());
                    for (int s = 0; s < spec.seeds(); s++) {
                        Interrupts.check();
                        progress.note("alpha " + alpha + ", N " + n + ", seed " + s);
                        LearningCurve c = OnlineSgd.train(task.sampler(), test, sgd, true, initSeed + 1000L * n + s);
                        runs.add(new ScalingResult.Run(alpha, n, grid.size(), s, c.learned() ? c.stepsToThreshold() : spec.maxSteps(),
                                c.learned(), c.finalAccuracy()));
                        progress.step();
                    }
                }
            }
        }
        return new ScalingResult(spec, List.copyOf(runs));
    }

    /** Median of the values (mean of the two middle ones for an even count). */
    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int m = s.length / 2;
        return s.length % 2 == 1 ? s[m] : 0.5 * (s[m - 1] + s[m]);
    }
}
