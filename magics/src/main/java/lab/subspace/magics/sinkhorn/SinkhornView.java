package lab.subspace.magics.sinkhorn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import tech.tablesaw.api.Table;

/** How a {@link SinkhornReport} looks: the results table, then the figures it asks for. */
final class SinkhornView {

    private SinkhornView() {
    }

    static Outputs present(SinkhornReport r) {
        List<Object> parts = new ArrayList<>();
        parts.add(table(r));
        OtProblem p = r.problem();
        for (SinkhornPlot plot : r.plots()) {
            switch (plot) {
                case PLAN -> r.runs().forEach(run -> parts.add(PlanFigures.heatmap(run.method().label() + " plan", run.plan(),
                        p.hasPoints() ? p.x() : null, p.hasPoints() ? p.y() : null)));
                case MAP -> r.runs().forEach(run -> parts.add(PlanFigures.matching(
                        run.method().label() + ": barycentric map x \u2192 T(x)", p.x(), p.y(), OT.barycentricMap(run.result(), p))));
                case CONVERGENCE -> {
                    if (r.runs().stream().anyMatch(run -> run.method().entropic())) {
                        parts.add(PlanFigures.convergence(String.format(Locale.ROOT, "Sinkhorn convergence (eps = %.3g max C)",
                                r.settings().eps()), r.runs(), r.settings().sinkhorn().checkEvery()));
                    }
                }
            }
        }
        return Outputs.of(parts.toArray());
    }

    /** method, cost, relative_error_vs_exact (when exact OT ran), iterations, marginal_error, seconds. */
    static Table table(SinkhornReport r) {
        boolean exact = r.has(OtMethod.EXACT);
        OtProblem p = r.problem();
        String name = String.format(Locale.ROOT, "Optimal transport, %d x %d, eps = %.3g max C (%.3g), L = %d, seed %d",
                p.n(), p.m(), r.settings().eps(), r.epsAbsolute(), r.settings().slices(), r.settings().seed());
        Tables.Builder t = Tables.builder(name).strings("method").doubles("cost");
        if (exact) {
            t.doubles("relative_error_vs_exact");
        }
        t.longs("iterations").doubles("marginal_error", "seconds");
        for (MethodRun run : r.runs()) {
            Long iterations = run.iterations() < 0 ? null : run.iterations();
            String label = run.method().label() + (run.converged() ? "" : " (not converged)");
            if (exact) {
                t.row(label, run.cost(), run.relativeError(), iterations, run.marginalError(), run.seconds());
            } else {
                t.row(label, run.cost(), iterations, run.marginalError(), run.seconds());
            }
        }
        return t.build();
    }
}
