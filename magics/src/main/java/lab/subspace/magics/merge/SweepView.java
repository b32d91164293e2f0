package lab.subspace.magics.merge;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** How a {@link SweepReport} is shown. */
final class SweepView {

    /** Tie band of the winner columns: differences under 1% of the flat merge's error count as ties. */
    static final double BAND = 0.01;
    /** A predicted tie is confirmed when the measured difference is within 2%. */
    static final double TIE_TOLERANCE = 0.02;

    private SweepView() {
    }

    static Outputs present(SweepReport r) {
        return Outputs.of(table(r), gainFigure(r), predictionFigure(r));
    }

    static Table table(SweepReport r) {
        Tables.Builder b = Tables.builder("Heterogeneity sweep (" + r.replicates() + " suites per value): EpiMer vs projected mean, "
                        + "relative gains (positive: curvature helps)")
                .doubles("heterogeneity").ints("rank").doubles("predicted gain", "measured gain", "predicted worst gain",
                        "measured worst gain", "heterogeneity term", "leakage term", "max error / bound", "max objective / bound")
                .strings("predicted winner", "measured winner").booleans("criterion confirmed");
        for (SweepCell c : r.cells()) {
            b.row(c.heterogeneity(), c.rank(), c.predictedRelativeGain(), c.measuredRelativeGain(), c.predictedRelativeWorstGain(),
                    c.measuredRelativeWorstGain(), c.heterogeneityTerm(), c.leakageTerm(), c.maxBoundRatio(),
                    c.maxObjectiveBoundRatio(), label(c.predictedWinner(BAND)), label(c.measuredWinner(BAND)),
                    c.criterionConfirmed(BAND, TIE_TOLERANCE));
        }
        return b.build();
    }

    private static String label(CurvatureGain.Winner w) {
        return switch (w) {
            case EPIMER -> "EpiMer";
            case TIE -> "tie";
            case PROJECTED_MEAN -> "projected mean";
        };
    }

    /** Measured relative gains against heterogeneity, one line per rank; worst task in a second panel. */
    static Figure gainFigure(SweepReport r) {
        LineChart chart = Plots.lines("Advantage of curvature-aware merging vs Hessian heterogeneity")
                .x("heterogeneity eta (log-eigenvalue spread of the task Hessians)", r.heterogeneities())
                .yTitle("average task: (flat - EpiMer) / flat");
        for (int rank : r.ranks()) {
            chart.y("average, r = " + rank, r.measuredGains(rank));
        }
        chart.panel("worst task: (flat - EpiMer) / flat");
        for (int rank : r.ranks()) {
            chart.y("worst, r = " + rank, r.measuredWorstGains(rank));
        }
        return chart.build();
    }

    /** Predicted (closed form) vs measured relative gain, one line per rank through the swept eta, with y = x. */
    static Figure predictionFigure(SweepReport r) {
        LineChart chart = Plots.lines("Closed-form criterion vs held-out measurement (points: eta values, one line per rank)")
                .xTitle("predicted relative gain of EpiMer (closed form, no held-out data)")
                .yTitle("measured relative gain (held-out)");
        double lo = 0;
        double hi = 0;
        for (int rank : r.ranks()) {
            double[] p = r.predictedGains(rank);
            double[] m = r.measuredGains(rank);
            chart.series("r = " + rank, p, m);
            for (int i = 0; i < p.length; i++) {
                lo = Math.min(lo, Math.min(p[i], m[i]));
                hi = Math.max(hi, Math.max(p[i], m[i]));
            }
        }
        chart.series("y = x", new double[] {lo, hi}, new double[] {lo, hi});
        return chart.build();
    }
}
