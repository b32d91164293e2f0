package lab.subspace.magics.symopt;

import java.util.List;
import java.util.stream.LongStream;

import lab.subspace.numerics.nn.Optimizers;

/**
 * The MoE router experiment: a top-k mixture of linear experts ({@link MoeProblem}) trained with
 * AdamW everywhere, with Muon everywhere (the router's update then ignores its shift symmetry),
 * and with the matched stacks: left polar or centred row-norm on the router, Muon on the experts
 * (general matrix layers). An ablation runs AdamW on the router next to the same Muon experts,
 * so the router's rule is the only difference from the matched stacks. Reports the held-out loss
 * and the router load imbalance. Every method is tuned over the same grid of peak learning rates
 * ({@link #defaultGrid()}), wide enough that each method's best rate lies inside it.
 *
 * <pre>{@code
 * RouterSpec spec = RouterSpec.defaults();
 * TrainingComparison c = RouterExperiment.run(spec.syntheticTask(), spec, RouterExperiment.defaultMethods(0.0, 1.0, null));
 * c.tuned("AdamW").finalImbalance();
 * }</pre>
 */
public final class RouterExperiment {

    /** Name of the ablation in {@link #defaultMethods}: AdamW on the router, Muon on the experts. */
    public static final String ADAMW_ROUTER = "AdamW router + Muon experts";

    private RouterExperiment() {
    }

    /**
     * The peak learning rates every method is tuned over: 0.02 to 0.16 in steps of sqrt 2. On the
     * default task a sweep from 0.005 to 0.64 puts every method's best rate at 0.04 or 0.08, so
     * this grid brackets it with a finer step than the doubling grid.
     */
    public static double[] defaultGrid() {
        double[] grid = new double[7];
        for (int k = 0; k < grid.length; k++) {
            grid[k] = 0.02 * Math.pow(2, k / 2.0);
        }
        return grid;
    }

    /**
     * @param weightDecay decoupled weight decay of every method
     * @param gridScale   multiplies {@link #defaultGrid()}, the grid of every method (of AdamW too unless {@code adamWGrid} is given)
     * @param adamWGrid   AdamW's learning rates, or null for the others' grid
     */
    public static List<MethodSpec> defaultMethods(double weightDecay, double gridScale, double[] adamWGrid) {
        double[] grid = BigramExperiment.scaled(gridScale, defaultGrid());
        double[] adam = adamWGrid == null ? grid : adamWGrid;
        return List.of(
                new MethodSpec(BigramExperiment.ADAMW, "AdamW on router and experts", adam, lr -> Optimizers.adamW(lr, weightDecay)),
                stack("Muon everywhere", "polar on router and experts", grid, weightDecay, UpdateRules.muon()),
                stack("left polar router", "centred left polar on the router, Muon on experts", grid, weightDecay, UpdateRules.leftPolar()),
                stack("centred row-norm router", "centred row-norm on the router, Muon on experts", grid, weightDecay,
                        UpdateRules.centredRowNorm()),
                new MethodSpec(ADAMW_ROUTER, "AdamW on the router, Muon on experts (ablation)", grid,
                        lr -> SplitOptimizer.of(1, Optimizers.adamW(lr, weightDecay), LayerwiseOptimizer.of(lr, weightDecay, UpdateRules.muon()))));
    }

    /** Trains every method at every rate for every seed of {@code spec}. */
    public static TrainingComparison run(RouterTask task, RouterSpec spec, List<MethodSpec> methods) {
        long[] seeds = LongStream.range(spec.seed(), spec.seed() + spec.seeds()).toArray();
        List<RunTrace> runs = ToyTraining.compare(methods, q -> MoeProblem.of(task, spec.moe(), q), spec.steps(), spec.evalEvery(), seeds,
                "MoE router runs");
        String title = String.format(java.util.Locale.ROOT, "MoE router (E = %d, top-%d)", spec.moe().experts(), spec.moe().topK());
        return new TrainingComparison(title, task.description(), methods, runs, seeds, Double.NaN);
    }

    private static MethodSpec stack(String name, String rules, double[] grid, double weightDecay, UpdateRule routerRule) {
        return new MethodSpec(name, rules, grid,
                lr -> LayerwiseOptimizer.builder(lr).weightDecay(weightDecay).rule(UpdateRules.muon()).rule(0, routerRule).build());
    }
}
