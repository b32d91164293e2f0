package lab.subspace.magics.merge;

import java.util.List;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** How a {@link MergeReport} (users' own task vectors) and a single {@link Merge} are shown. */
final class MergeReportView {

    private MergeReportView() {
    }

    static Outputs present(MergeReport r) {
        return Outputs.of(mergesTable(r), criterionTable(r), taskFigure(r), decompositionFigure(r));
    }

    static Outputs present(Merge m) {
        return Outputs.of(taskTable(m, m.diagnostics()));
    }

    static Table mergesTable(MergeReport r) {
        Tables.Builder b = Tables.builder("Merges of " + r.problem().tasks() + " tasks (d = " + r.problem().dimension()
                        + "): predicted loss increase and its decomposition")
                .strings("method").ints("rank").doubles("captured energy", "mean loss", "worst loss", "Frechet variance",
                        "residual energy", "cross term", "bound", "error / bound")
                .booleans("bound holds").ints("flat directions");
        for (Merge m : r.merges()) {
            MergeDiagnostics dx = m.diagnostics();
            int n = dx.error().length;
            b.row(m.method().label(), m.rank(), m.basis().capturedEnergy(), dx.meanError(), dx.worstError(),
                    dx.totalVariance() / n, dx.totalResidual() / n, dx.totalCross() / n, dx.bound() / n, dx.boundRatio(),
                    dx.boundHolds(), m.degenerateDirections());
        }
        return b.build();
    }

    static Table criterionTable(MergeReport r) {
        Tables.Builder b = Tables.builder("Closed-form criterion: when does curvature help (EpiMer vs projected mean)?")
                .ints("rank").doubles("flat mean loss", "EpiMer mean loss", "gain", "relative gain", "worst-task gain",
                        "heterogeneity term", "leakage term", "gain lower bound", "gain upper bound")
                .booleans("curvature helps (>1%)");
        for (CurvatureGain g : r.criteria()) {
            b.row(g.rank(), g.meanFlatError(), g.meanCurvedError(), g.gain(), g.relativeGain(), g.worstGain(),
                    g.heterogeneity(), g.leakage(), g.lowerBound(), g.upperBound(), g.helps(0.01));
        }
        return b.build();
    }

    static Table taskTable(Merge m, MergeDiagnostics dx) {
        Tables.Builder b = Tables.builder(m.label() + ": per-task decomposition (loss units)")
                .strings("task").doubles("loss", "Frechet variance", "residual energy", "cross term", "bound", "no-merge loss");
        for (int t = 0; t < dx.error().length; t++) {
            b.row("task " + (t + 1), dx.error()[t], dx.variance()[t], dx.residual()[t],
                    dx.error()[t] - dx.variance()[t] - dx.residual()[t], dx.taskBound(t), dx.baseline()[t]);
        }
        return b.build();
    }

    /** Per-task predicted loss of each method at the largest rank. */
    static Figure taskFigure(MergeReport r) {
        List<String> names = r.problem().names();
        int[] ranks = r.ranks();
        int top = ranks[ranks.length - 1];
        var chart = Plots.bars("Predicted loss increase per task (rank " + top + " for subspace merges)", names.toArray(String[]::new))
                .xTitle("task").yTitle("|delta - tau_t|^2_{H_t} / 2");
        for (MergeMethod method : MergeMethod.values()) {
            chart.add(method.label(), r.merge(method, top).diagnostics().error());
        }
        return chart.build();
    }

    /** Error, Frechet variance and residual energy of the two subspace merges against rank. */
    static Figure decompositionFigure(MergeReport r) {
        int[] ranks = r.ranks();
        double[] x = new double[ranks.length];
        double[] flatError = new double[ranks.length];
        double[] epiError = new double[ranks.length];
        double[] epiVariance = new double[ranks.length];
        double[] residual = new double[ranks.length];
        double[] epiBound = new double[ranks.length];
        int n = r.problem().tasks();
        for (int i = 0; i < ranks.length; i++) {
            x[i] = ranks[i];
            MergeDiagnostics flat = r.merge(MergeMethod.PROJECTED_MEAN, ranks[i]).diagnostics();
            MergeDiagnostics epi = r.merge(MergeMethod.EPIMER, ranks[i]).diagnostics();
            flatError[i] = flat.meanError();
            epiError[i] = epi.meanError();
            epiVariance[i] = epi.totalVariance() / n;
            residual[i] = epi.totalResidual() / n;
            epiBound[i] = epi.bound() / n;
        }
        return Plots.lines("Error decomposition against rank (mean over tasks)").x("rank r", x)
                .yTitle("loss units")
                .y("projected mean: error", flatError)
                .y("EpiMer: error", epiError)
                .y("EpiMer: subspace Frechet variance", epiVariance)
                .y("residual energy", residual)
                .y("EpiMer: bound (sqrt V + sqrt R)^2", epiBound)
                .build();
    }
}
