package lab.subspace.magics.merge;

import java.util.List;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** How a {@link ComparisonReport} is shown: the results table, then the figures. */
final class ComparisonView {

    private ComparisonView() {
    }

    static Outputs present(ComparisonReport r) {
        Outputs out = Outputs.of(table(r), rankFigure(r, false), rankFigure(r, true));
        if (r.spec().kind() == TaskKind.LOGISTIC) {
            out = out.and(accuracyFigure(r));
        }
        return out.and(taskFigure(r)).and(decompositionFigure(r));
    }

    static Table table(ComparisonReport r) {
        SuiteSpec s = r.spec();
        Tables.Builder b = Tables.builder(String.format(java.util.Locale.ROOT,
                        "%d %s tasks, d = %d, heterogeneity %.2f, %d replicate suites: held-out excess loss over each fine-tuned model",
                        s.tasks(), s.kind().name().toLowerCase(java.util.Locale.ROOT), s.dimension(), s.heterogeneity(), r.replicates()))
                .strings("method").ints("rank").doubles("avg excess", "avg excess se", "worst excess", "worst excess se",
                        "avg accuracy", "worst accuracy", "worst lost fraction", "predicted avg", "max error / bound",
                        "EpiMer <= flat (avg)", "EpiMer <= flat (worst)");
        for (MethodSummary m : r.summaries()) {
            b.row(m.method().label(), m.rank(), m.meanExcess(), m.meanExcessSe(), m.worstExcess(), m.worstExcessSe(),
                    m.meanAccuracy(), m.worstAccuracy(), m.worstLostFraction(), m.predictedError(), m.maxBoundRatio(),
                    m.beatsFlatAverage(), m.beatsFlatWorst());
        }
        return b.build();
    }

    /** Average (or worst) task excess loss against rank, with task arithmetic and Fisher as references. */
    static Figure rankFigure(ComparisonReport r, boolean worst) {
        int[] ranks = r.ranks();
        double[] x = new double[ranks.length];
        double[] flat = new double[ranks.length];
        double[] flatSe = new double[ranks.length];
        double[] epi = new double[ranks.length];
        double[] epiSe = new double[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            x[i] = ranks[i];
            MethodSummary f = r.summary(MergeMethod.PROJECTED_MEAN, ranks[i]);
            MethodSummary e = r.summary(MergeMethod.EPIMER, ranks[i]);
            flat[i] = worst ? f.worstExcess() : f.meanExcess();
            flatSe[i] = worst ? f.worstExcessSe() : f.meanExcessSe();
            epi[i] = worst ? e.worstExcess() : e.meanExcess();
            epiSe[i] = worst ? e.worstExcessSe() : e.meanExcessSe();
        }
        String what = worst ? "Worst-task" : "Average-task";
        LineChart chart = Plots.lines(what + " excess loss at matched rank (mean \u00b1 se over " + r.replicates() + " suites)")
                .x("rank r", x).yTitle(what.toLowerCase(java.util.Locale.ROOT) + " held-out excess loss")
                .y("projected mean (flat)", flat).errors(flatSe)
                .y("EpiMer (curvature)", epi).errors(epiSe);
        for (MergeMethod m : List.of(MergeMethod.TASK_ARITHMETIC, MergeMethod.FISHER)) {
            MethodSummary s = r.summary(m, 0);
            chart.y(m.label() + " (whole space)", constant(ranks.length, worst ? s.worstExcess() : s.meanExcess()));
        }
        return chart.build();
    }

    static Figure accuracyFigure(ComparisonReport r) {
        int[] ranks = r.ranks();
        double[] x = new double[ranks.length];
        double[][] acc = new double[4][ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            x[i] = ranks[i];
            MethodSummary f = r.summary(MergeMethod.PROJECTED_MEAN, ranks[i]);
            MethodSummary e = r.summary(MergeMethod.EPIMER, ranks[i]);
            acc[0][i] = f.meanAccuracy();
            acc[1][i] = e.meanAccuracy();
            acc[2][i] = f.worstAccuracy();
            acc[3][i] = e.worstAccuracy();
        }
        return Plots.lines("Held-out accuracy at matched rank (mean over " + r.replicates() + " suites)").x("rank r", x)
                .yTitle("accuracy")
                .y("projected mean: average task", acc[0]).y("EpiMer: average task", acc[1])
                .y("projected mean: worst task", acc[2]).y("EpiMer: worst task", acc[3]).build();
    }

    /** Per-task excess loss of replicate 0 at the largest rank. */
    static Figure taskFigure(ComparisonReport r) {
        int[] ranks = r.ranks();
        int top = ranks[ranks.length - 1];
        MergeReport ex = r.example();
        var chart = Plots.bars("Per-task held-out excess loss, replicate 0 (rank " + top + " for subspace merges)",
                ex.problem().names().toArray(String[]::new)).xTitle("task").yTitle("held-out excess loss");
        for (MergeMethod m : MergeMethod.values()) {
            Merge merge = ex.merge(m, top);
            chart.add(m.label(), r.exampleScores().get(ex.merges().indexOf(merge)).excess());
        }
        return chart.build();
    }

    static Figure decompositionFigure(ComparisonReport r) {
        return MergeReportView.decompositionFigure(r.example());
    }

    static double[] constant(int n, double v) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }
}
