package lab.subspace.display.plots;

import java.util.ArrayList;
import java.util.List;

import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.HistogramTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Histograms of one or more samples, overlaid. Made by {@link lab.subspace.display.Plots#histogram}.
 *
 * <pre>{@code
 * Figure f = Plots.histogram("Projected distances").xTitle("distance")
 *         .add("source", d1).add("target", d2).bins(40).density()
 *         .build();
 * }</pre>
 *
 * NaN values are ignored; a sample without any finite value makes {@link #build()} throw.
 */
public final class HistogramChart extends FigureBuilder<HistogramChart> {

    private final List<String> names = new ArrayList<>();
    private final List<double[]> samples = new ArrayList<>();
    private int bins;
    private boolean density;

    /** Use {@link lab.subspace.display.Plots#histogram}. */
    public HistogramChart(String title) {
        super(title);
    }

    public HistogramChart add(String name, double[] values) {
        names.add(name);
        samples.add(Checks.notNull(values, "values of sample '" + name + "'").clone());
        return this;
    }

    /** About {@code n} bins (Plotly picks round bin edges); default automatic. */
    public HistogramChart bins(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("A histogram needs at least 1 bin but got " + n);
        }
        bins = n;
        return this;
    }

    /** Normalise each histogram to a probability density (area 1), so samples of any size compare. */
    public HistogramChart density() {
        density = true;
        return this;
    }

    @Override
    public Figure build() {
        if (samples.isEmpty()) {
            throw new IllegalStateException(label() + " has no sample: add one with add(name, values)");
        }
        Trace[] traces = new Trace[samples.size()];
        for (int k = 0; k < traces.length; k++) {
            Checks.drawable("Sample '" + names.get(k) + "' of " + label(), samples.get(k), logX);
            HistogramTrace.HistogramBuilder b = HistogramTrace.builder(samples.get(k))
                    .marker(Marker.builder().color(Palette.color(k)).build())
                    .opacity(traces.length > 1 ? 0.6 : 1.0);
            if (names.get(k) != null) {
                b.name(names.get(k));
            }
            if (bins > 0) {
                b.nBinsX(bins);
            }
            if (density) {
                b.histNorm(HistogramTrace.HistNorm.PROBABILITY_DENSITY);
            }
            traces[k] = b.build();
        }
        String y = yTitle != null ? yTitle : density ? "density" : "count";
        Layout.LayoutBuilder layout = layout().showLegend(traces.length > 1).xAxis(axis(xTitle, logX)).yAxis(axis(y, logY));
        if (traces.length > 1) {
            layout.barMode(Layout.BarMode.OVERLAY);
        }
        return new Figure(layout.build(), traces);
    }
}
