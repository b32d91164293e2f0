package lab.subspace.magics.symopt;

import java.util.List;
import java.util.stream.LongStream;

import lab.subspace.numerics.nn.Optimizers;

/**
 * The bigram language-model experiment: an embedding and an LM head (both S(V) x O(d) blocks)
 * trained with AdamW and with the rules matched to that group (row-norm and both hybrids), plus
 * Muon (polar, matched to the larger O x O group) for reference. Every method gets a learning-rate
 * grid of three doublings around its best rate, and the same initialisations and batches.
 *
 * <pre>{@code
 * TrainingComparison c = BigramExperiment.run(BigramSpec.defaults().syntheticTask(), BigramSpec.defaults(),
 *         BigramExperiment.defaultMethods(0.0, 1.0));
 * c.tuned("AdamW").finalLoss();
 * }</pre>
 */
public final class BigramExperiment {

    /** Name of the baseline in {@link #defaultMethods}. */
    public static final String ADAMW = "AdamW";

    private BigramExperiment() {
    }

    /**
     * AdamW, row-norm, polar -&gt; row-norm, row-norm -&gt; polar and Muon, each on both blocks.
     *
     * @param weightDecay decoupled weight decay of every method
     * @param rulesScale  multiplies the rules' default grids (AdamW's grid is {@code adamWGrid})
     * @param adamWGrid   AdamW's learning rates, or null for 0.025, 0.05, 0.1
     */
    public static List<MethodSpec> defaultMethods(double weightDecay, double rulesScale, double[] adamWGrid) {
        double[] adam = adamWGrid == null ? new double[] {0.025, 0.05, 0.1} : adamWGrid;
        return List.of(
                new MethodSpec(ADAMW, "AdamW on E and H", adam, lr -> Optimizers.adamW(lr, weightDecay)),
                rule("row-norm", "row-norm on E and H", scaled(rulesScale, 0.025, 0.05, 0.1), weightDecay, UpdateRules.rowNorm()),
                rule("polar -> row-norm", "hybrid on E and H", scaled(rulesScale, 0.025, 0.05, 0.1), weightDecay,
                        UpdateRules.polarThenRow()),
                rule("row-norm -> polar", "hybrid on E and H", scaled(rulesScale, 0.05, 0.1, 0.2), weightDecay,
                        UpdateRules.rowThenPolar()),
                rule("Muon (mismatched)", "polar on E and H", scaled(rulesScale, 0.05, 0.1, 0.2), weightDecay, UpdateRules.muon()));
    }

    /** {@link #defaultMethods(double, double, double[])} with AdamW's default grid. */
    public static List<MethodSpec> defaultMethods(double weightDecay, double rulesScale) {
        return defaultMethods(weightDecay, rulesScale, null);
    }

    /** Trains every method at every rate for every seed of {@code spec}. */
    public static TrainingComparison run(BigramTask task, BigramSpec spec, List<MethodSpec> methods) {
        long[] seeds = LongStream.range(spec.seed(), spec.seed() + spec.seeds()).toArray();
        List<RunTrace> runs = ToyTraining.compare(methods, q -> BigramProblem.of(task, spec.width(), spec.batch(), spec.initScale(), q),
                spec.steps(), spec.evalEvery(), seeds, "bigram LM runs");
        return new TrainingComparison("Bigram LM (embedding + LM head)", task.description(), methods, runs, seeds, task.floor());
    }

    static MethodSpec rule(String name, String rules, double[] grid, double weightDecay, UpdateRule rule) {
        return new MethodSpec(name, rules, grid, lr -> LayerwiseOptimizer.of(lr, weightDecay, rule));
    }

    static double[] scaled(double factor, double... grid) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("the learning-rate scale must be finite and > 0 but is " + factor);
        }
        double[] out = grid.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
