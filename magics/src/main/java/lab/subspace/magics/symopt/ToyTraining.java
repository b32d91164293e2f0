package lab.subspace.magics.symopt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.random.Rng;

/**
 * Trains the toy models of "Symmetry-Compatible Principle for Optimizer Design" with a linear
 * learning-rate decay (peak lr at step 0 down to lr / steps), and compares optimizers over their
 * learning-rate grids on identical runs: every run of a comparison starts from the same
 * initialisation and sees the same batches.
 *
 * <pre>{@code
 * BigramTask task = BigramTask.zipfian(256, 8, 1.0, 3.0, 7L);
 * RunTrace r = ToyTraining.train("row-norm", BigramProblem.of(task, 16, 256, 0.1, 1L),
 *         LayerwiseOptimizer.of(0.03, 0, UpdateRules.rowNorm()), 300, 25, new Rng(1));
 * }</pre>
 */
public final class ToyTraining {

    private ToyTraining() {
    }

    /**
     * @param evalEvery evaluate after every this many steps (and at step 0 and at the end)
     * @param rng       draws the batches
     */
    public static RunTrace train(String name, ToyProblem problem, Optimizer optimizer, int steps, int evalEvery, Rng rng) {
        if (steps < 1 || evalEvery < 1) {
            throw new IllegalArgumentException("steps and evalEvery must be >= 1 but are " + steps + " and " + evalEvery);
        }
        double peak = optimizer.learningRate();
        int points = steps / evalEvery + (steps % evalEvery == 0 ? 1 : 2);
        int[] at = new int[points];
        double[] loss = new double[points];
        double[] imbalance = new double[points];
        int k = 0;
        ToyProblem.Evaluation e = problem.evaluate();
        at[k] = 0;
        loss[k] = e.loss();
        imbalance[k++] = e.imbalance();
        boolean diverged = !Double.isFinite(loss[0]);
        List<DMatrixRMaj> params = problem.parameters();
        for (int t = 0; t < steps && !diverged; t++) {
            Interrupts.check();
            optimizer.setLearningRate(peak * (1 - (double) t / steps));
            optimizer.step(params, problem.sampleGradients(rng));
            if ((t + 1) % evalEvery == 0 || t + 1 == steps) {
                e = problem.evaluate();
                at[k] = t + 1;
                loss[k] = e.loss();
                imbalance[k++] = e.imbalance();
                diverged = !Double.isFinite(loss[k - 1]);
            }
        }
        optimizer.setLearningRate(peak);
        return new RunTrace(name, peak, Arrays.copyOf(at, k), Arrays.copyOf(loss, k), Arrays.copyOf(imbalance, k), diverged);
    }

    /**
     * Every method at every rate of its grid for every seed, in parallel. {@code problems.apply(seed)}
     * must build the same initial model for the same seed; the batches come from {@code new Rng(seed)}.
     */
    public static List<RunTrace> compare(List<MethodSpec> methods, LongFunction<ToyProblem> problems, int steps, int evalEvery,
            long[] seeds, String label) {
        if (seeds.length == 0) {
            throw new IllegalArgumentException("need at least one seed");
        }
        List<MethodSpec> specs = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Long> runSeeds = new ArrayList<>();
        for (long seed : seeds) {
            for (MethodSpec m : methods) {
                for (double lr : m.learningRates()) {
                    specs.add(m);
                    rates.add(lr);
                    runSeeds.add(seed);
                }
            }
        }
        RunTrace[] out = new RunTrace[specs.size()];
        try (Progress progress = Progress.start(label, specs.size(), Duration.ofSeconds(1))) {
            Parallel.forRange(specs.size(), 1, progress, (lo, hi) -> {
                for (int i = lo; i < hi; i++) {
                    long seed = runSeeds.get(i);
                    MethodSpec m = specs.get(i);
                    out[i] = train(m.name(), problems.apply(seed), m.factory().create(rates.get(i)), steps, evalEvery, new Rng(seed));
                }
            });
        }
        return List.of(out);
    }
}
