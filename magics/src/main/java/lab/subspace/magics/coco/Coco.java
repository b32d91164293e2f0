package lab.subspace.magics.coco;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;

/**
 * Constrained online convex optimisation by projection onto the running intersection of the
 * revealed constraint sets, after "Improved Guarantees for Constrained Online Convex Optimization
 * via Self-Contraction": x_{t+1} = Proj_{S_t}(x_t - eta_t grad f_t(x_t)) with
 * S_t = X &cap; {g_1 &lt;= 0} &cap; ... &cap; {g_t &lt;= 0}. Since x_{t+1} is in {g_t &lt;= 0},
 * CCV_T &lt;= G * path length, and the projections onto nested sets form a self-contracted curve of
 * bounded length: O(log T) regret and CCV for strongly convex losses (eta_t = 1/(alpha t)), O(sqrt T)
 * for convex ones (eta_t = D/(G sqrt t)). Regret is measured against the best point of
 * X &cap; all revealed sets; CCV_T = sum_t g_t(x_t)^+.
 *
 * <pre>{@code
 * CocoProblem p = Scenario.defaults(LossClass.STRONGLY_CONVEX).problem();
 * CocoRun r = Coco.run(p, Method.PROJECTION, CocoOptions.of(StepSize.stronglyConvex(1)));
 * r.ccv();                    // at each checkpoint horizon
 * CocoComparison c = Coco.compare(p, CocoOptions.of(StepSize.stronglyConvex(1)), "my sequence");
 * }</pre>
 */
public final class Coco {

    private Coco() {
    }

    /** Runs one method; its regret is against the best point of X and the sets it was shown. */
    public static CocoRun run(CocoProblem problem, Method method, CocoOptions options) {
        int[] checkpoints = options.checkpointsFor(problem.horizon());
        try (Progress progress = Progress.start("coco " + method.name().toLowerCase(), problem.horizon() + checkpoints.length,
                Duration.ofSeconds(1))) {
            Trace trace = trace(problem, method, options, checkpoints, progress);
            double[] best = best(trace, checkpoints, progress);
            return trace.toRun(best);
        }
    }

    /**
     * Runs the projection method and the penalty baseline on the same sequence; both regrets are
     * against the best point of X and the sets the projection method was shown.
     */
    public static CocoComparison compare(CocoProblem problem, CocoOptions options, String title) {
        int[] checkpoints = options.checkpointsFor(problem.horizon());
        try (Progress progress = Progress.start("coco", 2L * problem.horizon() + checkpoints.length, Duration.ofSeconds(1))) {
            Trace ours = trace(problem, Method.PROJECTION, options, checkpoints, progress);
            Trace baseline = trace(problem, Method.PENALTY, options, checkpoints, progress);
            double[] best = best(ours, checkpoints, progress);
            return new CocoComparison(title, ours.toRun(best), baseline.toRun(best));
        }
    }

    private static double[] best(Trace trace, int[] checkpoints, Progress progress) {
        double[] best = new double[checkpoints.length];
        double[] warm = trace.learner.x;
        for (int k = checkpoints.length - 1; k >= 0; k--) {
            BestFeasible.Minimum m = BestFeasible.minimise(trace.losses, checkpoints[k],
                    trace.learner.region.upTo(checkpoints[k]), warm);
            best[k] = m.value();
            warm = m.point();
            progress.step();
        }
        return best;
    }

    private static Trace trace(CocoProblem problem, Method method, CocoOptions options, int[] checkpoints, Progress progress) {
        // the comparator needs every f_t again: one reference (and usually a small object) per round
        Memory.requireBytes(64L * problem.horizon(), "the loss history of T = " + problem.horizon() + " rounds");
        Learner learner = Learner.of(method, problem, options);
        Trace trace = new Trace(method, learner, checkpoints);
        double cumulative = 0;
        double ccv = 0;
        double path = 0;
        int next = 0;
        for (int t = 1; t <= problem.horizon(); t++) {
            Interrupts.check();
            Loss f = problem.losses().apply(t);
            Constraint g = problem.constraints().apply(t);
            if (f == null || g == null) {
                throw new IllegalArgumentException("round " + t + " has no " + (f == null ? "loss" : "constraint"));
            }
            double[] played = learner.x;
            double loss = f.value(played);
            double violation = Math.max(0, g.value(played));
            if (!Double.isFinite(loss) || !Double.isFinite(violation)) {
                throw new IllegalArgumentException("round " + t + " gives loss " + loss + " and constraint value " + violation);
            }
            cumulative += loss;
            ccv += violation;
            trace.losses.add(f);
            learner.update(t, f, g, violation);
            path += Vectors.distance(played, learner.x);
            if (t == checkpoints[next]) {
                trace.cumulative[next] = cumulative;
                trace.ccv[next] = ccv;
                trace.path[next] = path;
                next++;
            }
            progress.step();
        }
        return trace;
    }

    /** What a run recorded at its checkpoints. */
    private static final class Trace {
        final Method method;
        final Learner learner;
        final int[] checkpoints;
        final double[] cumulative;
        final double[] ccv;
        final double[] path;
        final List<Loss> losses = new ArrayList<>();

        Trace(Method method, Learner learner, int[] checkpoints) {
            this.method = method;
            this.learner = learner;
            this.checkpoints = checkpoints;
            this.cumulative = new double[checkpoints.length];
            this.ccv = new double[checkpoints.length];
            this.path = new double[checkpoints.length];
        }

        CocoRun toRun(double[] best) {
            double[] regret = new double[best.length];
            for (int k = 0; k < best.length; k++) {
                regret[k] = cumulative[k] - best[k];
            }
            return new CocoRun(method, checkpoints, cumulative, regret, ccv, path, learner.x, learner.region.size() - 1,
                    learner.sweeps, learner.unconverged);
        }
    }
}
