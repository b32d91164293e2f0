package lab.subspace.magics.sinkhorn;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.ot.Directions;
import lab.subspace.numerics.ot.ExactResult;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import lab.subspace.numerics.ot.SinkhornResult;
import lab.subspace.numerics.ot.SlicedResult;
import lab.subspace.numerics.ot.TransportResult;

/**
 * Runs entropic (EOT), sliced-regularised (SROT), sliced (SOT) and exact OT on one problem and
 * measures each against the exact plan: the computation behind {@code %sinkhorn}.
 *
 * <p>SROT ("Sliced-Regularized Optimal Transport", 2025) replaces EOT's reference plan a b^T by the
 * smoothed sliced plan pi_ref = (1 - delta) pi_SOT + delta a b^T and solves
 * min_P <C, P> + eps KL(P | pi_ref) with the same Sinkhorn iterations; the paper's claim is that at
 * equal eps its plan is closer to the exact one than EOT's, and closer than pi_SOT itself. SROT and
 * SOT here share the same L random directions, so SROT's reference is exactly SOT's plan.
 *
 * <pre>{@code
 * OtProblem p = OtProblem.of(x, y);                                    // uniform weights, |x - y|^2
 * SinkhornReport r = OtComparison.run(p, OtSettings.defaults().withEps(0.01), OtMethod.parse("all"));
 * r.run(OtMethod.SROT).relativeError();                                // (cost - exact) / exact
 * }</pre>
 */
public final class OtComparison {

    private OtComparison() {
    }

    /** Runs {@code methods} (in {@link OtMethod} order, exact OT first when requested) and shows the default figures. */
    public static SinkhornReport run(OtProblem problem, OtSettings settings, Set<OtMethod> methods) {
        int dimension = problem.hasPoints() ? problem.x().numCols : 0;
        boolean entropic = methods.contains(OtMethod.EOT) || methods.contains(OtMethod.SROT);
        return run(problem, settings, methods, SinkhornPlot.parse("auto", dimension, entropic));
    }

    /** Same, showing {@code plots}. */
    public static SinkhornReport run(OtProblem problem, OtSettings settings, Set<OtMethod> methods, Set<SinkhornPlot> plots) {
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("no method to run; use OtMethod.parse(\"all\") for every method");
        }
        if (!problem.hasPoints() && (methods.contains(OtMethod.SROT) || methods.contains(OtMethod.SOT))) {
            throw new IllegalArgumentException("SROT and SOT project points, but this problem has only a cost matrix; "
                    + "build it with OtProblem.of(x, y).withCost(c) or run eot and exact only");
        }
        double maxCost = PlanMetrics.maxCost(problem.cost());
        // all points in one place: every plan costs 0, any positive eps is as good as another
        double eps = settings.eps() * (maxCost > 0 ? maxCost : 1);
        DMatrixRMaj directions = problem.hasPoints()
                ? Directions.random(problem.x().numCols, settings.slices(), settings.seed()) : null;
        ExactResult exact = null;
        List<MethodRun> runs = new ArrayList<>();
        for (OtMethod method : order(methods)) {
            Interrupts.check();
            long t0 = System.nanoTime();
            MethodRun run = switch (method) {
                case EXACT -> {
                    exact = OT.exact(problem);
                    yield measured(method, exact, seconds(t0), exact.iterations(),
                            PlanMetrics.marginalError(exact.sparsePlan(), problem.a(), problem.b()), exact.optimal(), exact);
                }
                case EOT -> sinkhorn(method, OT.eot(problem, eps, settings.sinkhorn()), t0, exact);
                case SROT -> sinkhorn(method, OT.srot(problem, eps, directions, settings.sinkhorn()), t0, exact);
                case SOT -> {
                    SlicedResult s = OT.sot(problem, directions, 2);
                    yield measured(method, s, seconds(t0), -1, PlanMetrics.marginalError(s.plan(), problem.a(), problem.b()),
                            true, exact);
                }
            };
            runs.add(run);
        }
        runs.sort((r1, r2) -> r1.method().compareTo(r2.method()));
        return new SinkhornReport(problem, settings, eps, runs, plots);
    }

    /** Exact OT first: the other runs are measured against it. */
    private static List<OtMethod> order(Set<OtMethod> methods) {
        List<OtMethod> out = new ArrayList<>();
        if (methods.contains(OtMethod.EXACT)) {
            out.add(OtMethod.EXACT);
        }
        for (OtMethod m : EnumSet.copyOf(methods)) {
            if (m != OtMethod.EXACT) {
                out.add(m);
            }
        }
        return out;
    }

    private static MethodRun sinkhorn(OtMethod method, SinkhornResult r, long t0, ExactResult exact) {
        return measured(method, r, seconds(t0), r.iterations(), r.marginalError(), r.converged(), exact);
    }

    private static MethodRun measured(OtMethod method, TransportResult result, double seconds,
                                      long iterations, double marginalError, boolean converged, ExactResult exact) {
        double rel = Double.NaN;
        double l1 = Double.NaN;
        if (exact != null) {
            rel = relative(result.cost(), exact.cost());
            l1 = result == exact ? 0 : PlanMetrics.l1(result.plan(), exact.sparsePlan());
        }
        return new MethodRun(method, result, result.cost(), rel, l1, iterations, marginalError, converged, seconds);
    }

    /** (cost - exact) / exact; 0 when both vanish. */
    static double relative(double cost, double exact) {
        if (exact == 0) {
            return cost == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return (cost - exact) / Math.abs(exact);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
