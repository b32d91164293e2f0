package lab.subspace.display.plots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lab.subspace.display.plotly.ExtendedTrace;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Grid;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Lines or markers from {@code double[]} series, with optional error bars, shaded bands and up to
 * three stacked panels sharing the x axis. Made by {@link lab.subspace.display.Plots#lines} and
 * {@link lab.subspace.display.Plots#scatter}.
 *
 * <pre>{@code
 * Figure f = Plots.lines("W1 vs n").logLog()
 *         .x("n", ns)
 *         .y("k=1", w1).band(w1Low, w1High)
 *         .y("k=2", w2).errors(w2Std)
 *         .panel("seconds").y("time", secs)       // a second panel below, same x
 *         .build();
 * }</pre>
 *
 * Y-axis settings ({@link #yTitle}, {@link #logY}) apply to the current panel; {@link #logX} to
 * the shared x axis. NaN values leave gaps. A series that would draw nothing (all NaN, or nothing
 * positive on a log axis) makes {@link #build()} throw rather than show an empty chart.
 */
public final class LineChart extends FigureBuilder<LineChart> {

    /** jsplot 0.44.4's layout template writes yaxis, yaxis2 and yaxis3 only (yaxis4 is dropped). */
    private static final int MAX_PANELS = 3;

    private final ScatterTrace.Mode mode;
    private double[] sharedX;
    private final List<PanelSpec> panels = new ArrayList<>(List.of(new PanelSpec(null)));
    private final List<SeriesSpec> series = new ArrayList<>();

    /** Use {@link lab.subspace.display.Plots#lines} or {@link lab.subspace.display.Plots#scatter}. */
    public LineChart(String title, boolean markersOnly) {
        super(title);
        this.mode = markersOnly ? ScatterTrace.Mode.MARKERS : ScatterTrace.Mode.LINE;
    }

    private static final class PanelSpec {
        String yTitle;
        boolean log;

        PanelSpec(String yTitle) {
            this.yTitle = yTitle;
        }
    }

    private static final class SeriesSpec {
        final String name;
        final double[] x;
        final double[] y;
        final int panel;
        double[] errors;
        double[] lower;
        double[] upper;

        SeriesSpec(String name, double[] x, double[] y, int panel) {
            this.name = name;
            this.x = x;
            this.y = y;
            this.panel = panel;
        }
    }

    /** The x values shared by the following {@link #y} series, and the x-axis title. */
    public LineChart x(String axisTitle, double[] values) {
        xTitle(axisTitle);
        return x(values);
    }

    public LineChart x(double[] values) {
        sharedX = Checks.notNull(values, "x").clone();
        return this;
    }

    /** A series over the shared x values; {@code name} is its legend entry. */
    public LineChart y(String name, double[] values) {
        if (sharedX == null) {
            throw new IllegalStateException("Series '" + name + "' of " + label() + " has no x values: call x(...) first, or use series(name, x, y)");
        }
        return series(name, sharedX, values);
    }

    /** A series with its own x values. */
    public LineChart series(String name, double[] x, double[] y) {
        Checks.notNull(x, "x of series '" + name + "'");
        Checks.notNull(y, "y of series '" + name + "'");
        Checks.sameLength("Series '" + name + "' of " + label(), y.length, "its x", x.length);
        series.add(new SeriesSpec(name, x.clone(), y.clone(), panels.size() - 1));
        return this;
    }

    /** Symmetric error bars (± {@code errors[i]}) on the last series. */
    public LineChart errors(double[] errors) {
        SeriesSpec s = last("errors");
        Checks.sameLength("Errors of series '" + s.name + "'", Checks.notNull(errors, "errors").length, "the series", s.y.length);
        s.errors = errors.clone();
        return this;
    }

    /** A shaded band from {@code lower} to {@code upper} around the last series, in its colour. */
    public LineChart band(double[] lower, double[] upper) {
        SeriesSpec s = last("band");
        Checks.sameLength("Lower band of series '" + s.name + "'", Checks.notNull(lower, "lower").length, "the series", s.y.length);
        Checks.sameLength("Upper band of series '" + s.name + "'", Checks.notNull(upper, "upper").length, "the series", s.y.length);
        s.lower = lower.clone();
        s.upper = upper.clone();
        return this;
    }

    /** Starts a new panel below the current one, sharing the x axis (at most three panels). */
    public LineChart panel(String yAxisTitle) {
        if (panels.size() == MAX_PANELS) {
            throw new IllegalArgumentException(label() + " already has " + MAX_PANELS + " panels, the most tablesaw-jsplot can lay out");
        }
        panels.add(new PanelSpec(yAxisTitle));
        return this;
    }

    /** Title of the current panel's y axis. */
    @Override
    public LineChart yTitle(String text) {
        panels.get(panels.size() - 1).yTitle = text;
        return this;
    }

    /** Logarithmic y axis for the current panel. */
    @Override
    public LineChart logY() {
        panels.get(panels.size() - 1).log = true;
        return this;
    }

    @Override
    public Figure build() {
        if (series.isEmpty()) {
            throw new IllegalStateException(label() + " has no series: add one with y(name, values) or series(name, x, y)");
        }
        for (int p = 0; p < panels.size(); p++) {
            final int panel = p;
            if (series.stream().noneMatch(s -> s.panel == panel)) {
                throw new IllegalStateException("Panel " + (p + 1) + " of " + label() + " has no series");
            }
        }
        List<Trace> traces = new ArrayList<>();
        for (int k = 0; k < series.size(); k++) {
            traces.addAll(traces(series.get(k), k));
        }
        long named = series.stream().filter(s -> s.name != null && !s.name.isBlank()).count();
        Layout.LayoutBuilder layout = layout().showLegend(named > 1).xAxis(axis(xTitle, logX))
                .yAxis(axis(panels.get(0).yTitle, panels.get(0).log));
        if (panels.size() > 1) {
            layout.yAxis2(axis(panels.get(1).yTitle, panels.get(1).log))
                    .grid(Grid.builder().rows(panels.size()).columns(1).pattern(Grid.Pattern.COUPLED).build());
            if (height == 450) {
                layout.height(250 * panels.size() + 100);
            }
        }
        if (panels.size() > 2) {
            layout.yAxis3(axis(panels.get(2).yTitle, panels.get(2).log));
        }
        return new Figure(layout.build(), traces.toArray(Trace[]::new));
    }

    private List<Trace> traces(SeriesSpec s, int k) {
        String what = "Series '" + s.name + "' of " + label();
        boolean logYHere = panels.get(s.panel).log;
        Checks.drawable(what, s.y, logYHere);
        if (logX) {
            Checks.drawable("The x values of " + what.toLowerCase(java.util.Locale.ROOT), s.x, true);
        }
        String color = Palette.color(k);
        String axis = s.panel == 0 ? "y" : "y" + (s.panel + 1);
        String group = s.name == null || s.name.isBlank() ? "series " + k : s.name;
        List<Trace> out = new ArrayList<>();
        if (s.lower != null) {
            Line edge = Line.builder().width(0).color(color).build();
            out.add(ExtendedTrace.of(ScatterTrace.builder(s.x, s.lower).mode(ScatterTrace.Mode.LINE).line(edge)
                    .showLegend(false).yAxis(axis).name(group + " (lower)").build()).with("hoverinfo", "skip").with("legendgroup", group));
            out.add(ExtendedTrace.of(ScatterTrace.builder(s.x, s.upper).mode(ScatterTrace.Mode.LINE).line(edge)
                    .fill(ScatterTrace.Fill.TO_NEXT_Y).fillColor(Palette.rgba(color, 0.2))
                    .showLegend(false).yAxis(axis).name(group + " (upper)").build()).with("hoverinfo", "skip").with("legendgroup", group));
        }
        ScatterTrace.ScatterBuilder b = ScatterTrace.builder(s.x, s.y).mode(mode).yAxis(axis);
        if (s.name != null) {
            b.name(s.name);
        }
        if (mode == ScatterTrace.Mode.MARKERS) {
            b.marker(Marker.builder().color(color).size(6).build());
        } else {
            b.line(Line.builder().color(color).width(2).build());
        }
        // jsplot's trace template drops legendGroup: set it as a Plotly attribute so that
        // clicking the legend entry hides the band with its line.
        ExtendedTrace main = ExtendedTrace.of(b.build()).with("legendgroup", group);
        if (s.errors != null) {
            Map<String, Object> errorY = new LinkedHashMap<>();
            errorY.put("type", "data");
            errorY.put("array", s.errors);
            errorY.put("visible", true);
            errorY.put("color", color);
            main = main.with("error_y", errorY);
        }
        out.add(main);
        return out;
    }

    private SeriesSpec last(String what) {
        if (series.isEmpty()) {
            throw new IllegalStateException("Add a series before its " + what + " (" + label() + " has none yet)");
        }
        return series.get(series.size() - 1);
    }
}
