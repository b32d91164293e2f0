package lab.subspace.display.plots;

import java.util.Map;
import java.util.stream.IntStream;

import lab.subspace.display.plotly.ExtendedTrace;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A heatmap of a {@code double[][]} (rows along y, columns along x) with axis labels, a colour
 * scale and a titled colour bar. Made by {@link lab.subspace.display.Plots#heatmap}.
 *
 * <pre>{@code
 * Figure f = Plots.heatmap("Transport plan", plan)
 *         .x("target", targetLabels).y("source", sourceLabels)
 *         .colorbar("mass").colorscale("Viridis").firstRowOnTop()
 *         .build();
 * }</pre>
 *
 * Without labels, rows and columns are numbered from 0. NaN cells are left blank.
 */
public final class HeatmapChart extends FigureBuilder<HeatmapChart> {

    private final double[][] z;
    private Object[] xLabels;
    private Object[] yLabels;
    private String colorbarTitle;
    private String colorscale;
    private double zMin = Double.NaN;
    private double zMax = Double.NaN;
    private boolean firstRowOnTop;

    /** Use {@link lab.subspace.display.Plots#heatmap}. */
    public HeatmapChart(String title, double[][] z) {
        super(title);
        Checks.rectangular("The matrix of heatmap '" + title + "'", z);
        this.z = new double[z.length][];
        for (int i = 0; i < z.length; i++) {
            this.z[i] = z[i].clone();
        }
    }

    /** Numeric column positions and the x-axis title. */
    public HeatmapChart x(String axisTitle, double[] labels) {
        return x(axisTitle, boxed(labels));
    }

    /** Column labels and the x-axis title. */
    public HeatmapChart x(String axisTitle, String[] labels) {
        return x(axisTitle, (Object[]) labels);
    }

    /** Numeric row positions and the y-axis title. */
    public HeatmapChart y(String axisTitle, double[] labels) {
        return y(axisTitle, boxed(labels));
    }

    /** Row labels and the y-axis title. */
    public HeatmapChart y(String axisTitle, String[] labels) {
        return y(axisTitle, (Object[]) labels);
    }

    public HeatmapChart colorbar(String title) {
        colorbarTitle = title;
        return this;
    }

    /** A Plotly colour scale name such as "Viridis", "RdBu", "Greys", "Hot". */
    public HeatmapChart colorscale(String name) {
        colorscale = Checks.notNull(name, "colorscale");
        return this;
    }

    /** Fixes the colour range (otherwise the data's range). */
    public HeatmapChart zRange(double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("The colour range of " + label() + " must have min < max but was [" + min + ", " + max + "]");
        }
        zMin = min;
        zMax = max;
        return this;
    }

    /** Draws row 0 at the top, as a matrix is printed (Plotly puts it at the bottom). */
    public HeatmapChart firstRowOnTop() {
        firstRowOnTop = true;
        return this;
    }

    @Override
    public Figure build() {
        int rows = z.length;
        int cols = z[0].length;
        Object[] xs = xLabels != null ? xLabels : IntStream.range(0, cols).boxed().toArray();
        Object[] ys = yLabels != null ? yLabels : IntStream.range(0, rows).boxed().toArray();
        boolean any = false;
        for (double[] row : z) {
            for (double v : row) {
                any |= Double.isFinite(v);
            }
        }
        if (!any) {
            throw new IllegalArgumentException("The matrix of " + label() + " has no finite value to draw");
        }
        ExtendedTrace t = ExtendedTrace.of(HeatmapTrace.builder(xs, ys, z).build());
        if (colorscale != null) {
            t = t.with("colorscale", colorscale);
        }
        if (colorbarTitle != null) {
            t = t.with("colorbar", Map.of("title", Map.of("text", colorbarTitle)));
        }
        if (!Double.isNaN(zMin)) {
            t = t.with("zmin", zMin).with("zmax", zMax);
        }
        Axis.AxisBuilder y = Axis.builder();
        if (yTitle != null) {
            y.title(yTitle);
        }
        if (logY) {
            y.type(Axis.Type.LOG);
        }
        if (firstRowOnTop) {
            y.autoRange(Axis.AutoRange.REVERSED);
        }
        return new Figure(layout().xAxis(axis(xTitle, logX)).yAxis(y.build()).build(), new Trace[] {t});
    }

    private HeatmapChart x(String axisTitle, Object[] labels) {
        Checks.sameLength("The x labels of " + label(), Checks.notNull(labels, "x labels").length, "the matrix's columns", z[0].length);
        xTitle(axisTitle);
        xLabels = labels.clone();
        return this;
    }

    private HeatmapChart y(String axisTitle, Object[] labels) {
        Checks.sameLength("The y labels of " + label(), Checks.notNull(labels, "y labels").length, "the matrix's rows", z.length);
        yTitle(axisTitle);
        yLabels = labels.clone();
        return this;
    }

    private static Object[] boxed(double[] values) {
        return java.util.Arrays.stream(Checks.notNull(values, "labels")).boxed().toArray();
    }
}
