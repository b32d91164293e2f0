package lab.subspace.display;

import lab.subspace.display.plots.Arrays2D;
import lab.subspace.display.plots.BarChart;
import lab.subspace.display.plots.HeatmapChart;
import lab.subspace.display.plots.HistogramChart;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.plots.PointCloud;
import org.ejml.data.DMatrix;

/**
 * The figures researchers make from arrays, as tablesaw-jsplot {@code Figure}s: every paper
 * plugin builds its plots here so they look alike and convert cleanly to Plotly JSON.
 *
 * <pre>{@code
 * Plots.lines("W1 vs n").logLog().x("n", ns).y("k=1", w1).y("k=2", w2).build();
 * Plots.scatter("Cost vs time").x("seconds", t).y("cost", c).build();
 * Plots.heatmap("Plan", plan).colorbar("mass").firstRowOnTop().build();
 * Plots.histogram("Distances").add("d", d).bins(50).build();
 * Plots.points("PCA").axes("PC1", "PC2").groups(projected, labels).build();
 * Plots.bars("Runtime", "n=100", "n=1000").add("sinkhorn", secs).build();
 * }</pre>
 *
 * Each method returns a builder ({@link LineChart}, {@link HeatmapChart}, ...) whose
 * {@code build()} gives the {@code Figure}; in a notebook the figure shows itself.
 */
public final class Plots {

    private Plots() {
    }

    /** Line series over x values (see {@link LineChart}). */
    public static LineChart lines(String title) {
        return new LineChart(title, false);
    }

    /** Marker series over x values (see {@link LineChart}). */
    public static LineChart scatter(String title) {
        return new LineChart(title, true);
    }

    /** A heatmap of {@code z[row][column]} (see {@link HeatmapChart}). */
    public static HeatmapChart heatmap(String title, double[][] z) {
        return new HeatmapChart(title, z);
    }

    /** A heatmap of an EJML matrix (row 0 at the bottom unless {@code firstRowOnTop()}). */
    public static HeatmapChart heatmap(String title, DMatrix z) {
        return new HeatmapChart(title, Arrays2D.of(z));
    }

    /** Overlaid histograms (see {@link HistogramChart}). */
    public static HistogramChart histogram(String title) {
        return new HistogramChart(title);
    }

    /** 2-D or 3-D point clouds coloured by group (see {@link PointCloud}). */
    public static PointCloud points(String title) {
        return new PointCloud(title);
    }

    /** Grouped bars over named categories (see {@link BarChart}). */
    public static BarChart bars(String title, String... categories) {
        return new BarChart(title, categories);
    }
}
