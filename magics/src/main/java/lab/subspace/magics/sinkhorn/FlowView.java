package lab.subspace.magics.sinkhorn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.plots.PointCloud;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;

/** How a {@link FlowReport} looks: W2 per step, snapshots per method (2-D), and a summary table. */
final class FlowView {

    private FlowView() {
    }

    static Outputs present(FlowReport r) {
        List<Object> parts = new ArrayList<>();
        parts.add(table(r));
        FlowSettings s = r.settings();
        double[] steps = new double[s.steps() + 1];
        for (int t = 0; t <= s.steps(); t++) {
            steps[t] = t;
        }
        LineChart w2 = Plots.lines(String.format(Locale.ROOT, "W2 to the target during the flow (eps = %.3g max C, L = %d, step %.3g)",
                s.eps(), s.slices(), s.stepSize())).x("step", steps).yTitle("W2(x_t, target)").logY();
        for (FlowTrack t : r.tracks()) {
            w2.y(label(t.method()), t.w2());
        }
        parts.add(w2.build());
        if (r.start().numCols == 2 || r.start().numCols == 3) {
            for (FlowTrack t : r.tracks()) {
                PointCloud cloud = Plots.points(label(t.method()) + " flow: snapshots").axes("coordinate 1", "coordinate 2")
                        .markerSize(4).add("target", r.target());
                int[] at = t.snapshotSteps();
                for (int k = 0; k < at.length; k++) {
                    cloud.add("step " + at[k], t.snapshots().get(k));
                }
                parts.add(cloud.size(520, 440).build());
            }
        }
        return Outputs.of(parts.toArray());
    }

    static String label(OtMethod m) {
        return switch (m) {
            case SROT -> "SROT divergence";
            case EOT -> "Sinkhorn (EOT) divergence";
            case SOT -> "sliced SW_2^2";
            case EXACT -> "exact";
        };
    }

    static Table table(FlowReport r) {
        int steps = r.settings().steps();
        int mid = steps / 2;
        Tables.Builder t = Tables.builder(String.format(Locale.ROOT, "Gradient flows, %d points, %d steps", r.start().numRows, steps))
                .strings("objective").doubles("w2_start", "w2_step_" + mid, "w2_final", "seconds").ints("unconverged_steps");
        for (FlowTrack f : r.tracks()) {
            t.row(label(f.method()), f.w2At(0), f.w2At(mid), f.finalW2(), f.seconds(), f.unconvergedSteps());
        }
        return t.build();
    }
}
