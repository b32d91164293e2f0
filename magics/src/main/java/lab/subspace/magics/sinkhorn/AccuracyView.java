package lab.subspace.magics.sinkhorn;

import java.util.Arrays;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** How an {@link AccuracyReport} looks: the table, then cost error and plan distance against eps. */
final class AccuracyView {

    private AccuracyView() {
    }

    static Outputs present(AccuracyReport r) {
        return Outputs.of(table(r),
                figure(r, "Relative cost error vs exact OT", "(cost - exact) / exact", true),
                figure(r, "L1 distance of the plan to the exact plan", "sum |P - P*|", false));
    }

    static Table table(AccuracyReport r) {
        Tables.Builder t = Tables.builder(String.format(Locale.ROOT, "Plan accuracy vs exact OT, n = %d, mean of %d problems",
                        r.n(), r.problems()))
                .strings("method").ints("slices").doubles("eps", "relative_cost_error", "worst_relative_cost_error", "plan_l1")
                .booleans("converged");
        for (AccuracyPoint p : r.points()) {
            t.row(p.method().label(), p.method() == OtMethod.EOT ? null : p.slices(), Double.isNaN(p.eps()) ? null : p.eps(),
                    p.costError(), p.worstCostError(), p.planL1(), p.converged());
        }
        return t.build();
    }

    private static Figure figure(AccuracyReport r, String title, String yTitle, boolean costError) {
        double[] eps = r.eps();
        LineChart chart = Plots.lines(title + String.format(Locale.ROOT, " (n = %d, %d problems)", r.n(), r.problems()))
                .logX().x("eps / max C", eps).yTitle(yTitle);
        if (costError) {
            chart.logY();
        }
        chart.y("EOT", values(r, OtMethod.EOT, 0, costError));
        for (int s : r.slices()) {
            chart.y("SROT (L = " + s + ")", values(r, OtMethod.SROT, s, costError));
        }
        for (int s : r.slices()) {
            AccuracyPoint sot = r.point(OtMethod.SOT, Double.NaN, s);
            double[] flat = new double[eps.length];
            Arrays.fill(flat, costError ? sot.costError() : sot.planL1());
            chart.y("SOT (L = " + s + ", no eps)", flat);
        }
        return chart.build();
    }

    private static double[] values(AccuracyReport r, OtMethod method, int slices, boolean costError) {
        double[] eps = r.eps();
        double[] out = new double[eps.length];
        for (int e = 0; e < eps.length; e++) {
            AccuracyPoint p = r.point(method, eps[e], slices);
            out[e] = costError ? p.costError() : p.planL1();
        }
        return out;
    }
}
