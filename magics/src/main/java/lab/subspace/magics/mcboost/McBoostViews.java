package lab.subspace.magics.mcboost;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import tech.tablesaw.plotly.components.Figure;

/** How MCBoost's results are shown: a table of the numbers, then figures. */
final class McBoostViews {

    private McBoostViews() {
    }

    static Outputs fit(McBoostFit f) {
        return Outputs.of(f.summary(), (f.test() != null ? f.test() : f.train()).table(), traceFigure(f));
    }

    static Outputs tableResult(McTables.Result r) {
        return fit(r.fit());
    }

    static Outputs tradeoff(TradeoffReport r) {
        return Outputs.of(r.stops(), r.accuracy(), r.atNoise().table(), r.mcFigure(), r.riskFigure());
    }

    static Outputs transfer(TransferReport r) {
        return Outputs.of(r.table(), r.figure());
    }

    static Outputs convergence(ConvergenceReport r) {
        return Outputs.of(r.table(), r.populationTable(), r.figure());
    }

    /** Audit violation and risks vs rounds, with the kept round marked. */
    static Figure traceFigure(McBoostFit f) {
        Trace t = f.trace();
        double[] x = t.roundAxis();
        var chart = Plots.lines("MCBoost: audit violation and risk by round (" + f.audit() + ")").x("round", x)
                .y("audit violation (train)", positive(t.violation())).y("MC error (train)", positive(t.trainMc()));
        if (t.hasTest()) {
            chart.y("MC error (held out)", positive(t.testMc()));
        }
        chart.yTitle("violation").logY().panel("mean loss").y("train risk", t.trainRisk());
        if (t.hasHoldout()) {
            chart.y("holdout risk", t.holdoutRisk());
        }
        double lo = Math.min(min(t.trainRisk()), t.hasHoldout() ? min(t.holdoutRisk()) : Double.POSITIVE_INFINITY);
        double hi = Math.max(max(t.trainRisk()), t.hasHoldout() ? max(t.holdoutRisk()) : Double.NEGATIVE_INFINITY);
        chart.series("kept round " + f.stopRound(), new double[] {f.stopRound(), f.stopRound()}, new double[] {lo, hi});
        return chart.build();
    }

    private static double[] positive(double[] v) {
        double[] a = v.clone();
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.max(a[i], 1e-12);
        }
        return a;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }
}
