package lab.subspace.display.plots;

import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Grouped (or stacked) bars, one group per category and one bar per series. Made by
 * {@link lab.subspace.display.Plots#bars}.
 *
 * <pre>{@code
 * Figure f = Plots.bars("Runtime", "n=100", "n=1000").yTitle("seconds").logY()
 *         .add("sinkhorn", new double[] {0.01, 0.4}).add("emd", new double[] {0.02, 3.1})
 *         .build();
 * }</pre>
 */
public final class BarChart extends FigureBuilder<BarChart> {

    private final String[] categories;
    private final List<String> names = new ArrayList<>();
    private final List<double[]> values = new ArrayList<>();
    private boolean stacked;

    /** Use {@link lab.subspace.display.Plots#bars}. */
    public BarChart(String title, String... categories) {
        super(title);
        if (categories == null || categories.length == 0) {
            throw new IllegalArgumentException("Bar chart '" + title + "' needs at least one category");
        }
        this.categories = categories.clone();
    }

    public BarChart add(String name, double[] heights) {
        Checks.sameLength("Series '" + name + "' of " + label(), Checks.notNull(heights, "heights of '" + name + "'").length,
                "the categories", categories.length);
        names.add(name);
        values.add(heights.clone());
        return this;
    }

    /** Not available: categories have no log scale. */
    @Override
    public BarChart logX() {
        throw new IllegalStateException("The x axis of " + label() + " holds categories: it cannot be logarithmic");
    }

    public BarChart stacked() {
        stacked = true;
        return this;
    }

    @Override
    public Figure build() {
        if (values.isEmpty()) {
            throw new IllegalStateException(label() + " has no series: add one with add(name, heights)");
        }
        Trace[] traces = new Trace[values.size()];
        for (int k = 0; k < traces.length; k++) {
            Checks.drawable("Series '" + names.get(k) + "' of " + label(), values.get(k), logY);
            BarTrace.BarBuilder b = BarTrace.builder(categories, values.get(k)).marker(Marker.builder().color(Palette.color(k)).build());
            if (names.get(k) != null) {
                b.name(names.get(k));
            }
            traces[k] = b.build();
        }
        Layout layout = layout().showLegend(traces.length > 1).barMode(stacked ? Layout.BarMode.STACK : Layout.BarMode.GROUP)
                .xAxis(axis(xTitle, false)).yAxis(axis(yTitle, logY)).build();
        return new Figure(layout, traces);
    }
}
