package lab.subspace.magics.sinkhorn;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;

/** The figures of a transport plan: heatmap, matching lines (2-D points) and Sinkhorn convergence. */
final class PlanFigures {

    /** Plans with more rows or columns are summed into this many bins per axis (keeps the figure light). */
    static final int MAX_BINS = 60;
    /** At most this many segments are drawn in a matching figure (every k-th source point beyond). */
    static final int MAX_SEGMENTS = 600;

    private PlanFigures() {
    }

    /**
     * The plan as a heatmap, rows and columns ordered by the points' first coordinate (so that a
     * monotone plan is a band along the diagonal) and summed into at most {@link #MAX_BINS} bins.
     *
     * @param x source points (for the order), or null to keep the index order
     * @param y target points, or null
     */
    static Figure heatmap(String title, DMatrixRMaj plan, DMatrixRMaj x, DMatrixRMaj y) {
        int n = plan.numRows;
        int m = plan.numCols;
        int[] rows = order(x, n);
        int[] cols = order(y, m);
        int rb = Math.min(n, MAX_BINS);
        int cb = Math.min(m, MAX_BINS);
        double[][] z = new double[rb][cb];
        for (int p = 0; p < n; p++) {
            int i = rows[p];
            double[] zr = z[(int) ((long) p * rb / n)];
            for (int q = 0; q < m; q++) {
                zr[(int) ((long) q * cb / m)] += plan.data[i * m + cols[q]];
            }
        }
        boolean binned = rb < n || cb < m;
        String sorted = x == null ? "" : " (sorted by first coordinate" + (binned ? ", binned" : "") + ")";
        return Plots.heatmap(title, z).x("target points" + sorted, axisLabels(cb)).y("source points" + sorted, axisLabels(rb))
                .colorbar(binned ? "mass per bin" : "mass").colorscale("Viridis").firstRowOnTop().size(480, 420).build();
    }

    private static double[] axisLabels(int count) {
        return IntStream.range(0, count).asDoubleStream().toArray();
    }

    private static int[] order(DMatrixRMaj points, int count) {
        Integer[] idx = IntStream.range(0, count).boxed().toArray(Integer[]::new);
        if (points != null) {
            int d = points.numCols;
            Arrays.sort(idx, Comparator.comparingDouble(i -> points.data[i * d]));
        }
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    /** Source and target points and the segments x_i -> T(x_i) of a barycentric map (2-D). */
    static Figure matching(String title, DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj mapped) {
        int n = x.numRows;
        int stride = Math.max(1, (n + MAX_SEGMENTS - 1) / MAX_SEGMENTS);
        int drawn = (n + stride - 1) / stride;
        double[] sx = new double[3 * drawn];
        double[] sy = new double[3 * drawn];
        for (int k = 0, i = 0; i < n; i += stride, k++) {
            sx[3 * k] = x.get(i, 0);
            sy[3 * k] = x.get(i, 1);
            sx[3 * k + 1] = mapped.get(i, 0);
            sy[3 * k + 1] = mapped.get(i, 1);
            sx[3 * k + 2] = Double.NaN; // a gap between segments
            sy[3 * k + 2] = Double.NaN;
        }
        ScatterTrace segments = ScatterTrace.builder(sx, sy).mode(ScatterTrace.Mode.LINE)
                .line(Line.builder().color("rgba(90,90,90,0.45)").width(1).build())
                .name(stride == 1 ? "x \u2192 T(x)" : "x \u2192 T(x) (every " + stride + "th)").build();
        ScatterTrace source = points("source x", x, "#1f77b4");
        ScatterTrace target = points("target y", y, "#ff7f0e");
        Layout layout = Layout.builder().title(title).width(480).height(420).showLegend(true)
                .xAxis(Axis.builder().title("coordinate 1").build()).yAxis(Axis.builder().title("coordinate 2").build()).build();
        return new Figure(layout, segments, source, target);
    }

    private static ScatterTrace points(String name, DMatrixRMaj p, String color) {
        double[] px = new double[p.numRows];
        double[] py = new double[p.numRows];
        for (int i = 0; i < p.numRows; i++) {
            px[i] = p.get(i, 0);
            py[i] = p.get(i, 1);
        }
        return ScatterTrace.builder(px, py).mode(ScatterTrace.Mode.MARKERS)
                .marker(Marker.builder().color(color).size(5).opacity(0.85).build()).name(name).build();
    }

    /**
     * Marginal error against the sweep count of each Sinkhorn run (one point per check, every
     * {@code checkEvery} sweeps), log scale.
     */
    static Figure convergence(String title, List<MethodRun> runs, int checkEvery) {
        LineChart chart = Plots.lines(title).xTitle("Sinkhorn sweep").yTitle("marginal error (L2)").logY();
        boolean any = false;
        for (MethodRun r : runs) {
            double[] trace = r.trace();
            if (trace.length == 0) {
                continue;
            }
            double[] sweeps = new double[trace.length];
            double[] err = new double[trace.length];
            for (int k = 0; k < trace.length; k++) {
                sweeps[k] = 1 + (double) k * checkEvery;
                err[k] = trace[k] > 0 ? trace[k] : Double.NaN; // an exact zero has no place on a log axis
            }
            chart.series(r.method().label(), sweeps, err);
            any = true;
        }
        if (!any) {
            throw new IllegalArgumentException("no Sinkhorn run (EOT or SROT) to draw a convergence curve for");
        }
        return chart.build();
    }
}
