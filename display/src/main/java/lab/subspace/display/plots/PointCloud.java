package lab.subspace.display.plots;

import java.util.ArrayList;

import org.ejml.data.DMatrix;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.components.threeD.Scene;
import tech.tablesaw.plotly.traces.Scatter3DTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * 2-D or 3-D point clouds, one colour per group: rows of {@code double[][]} are points with 2 or
 * 3 coordinates. Made by {@link lab.subspace.display.Plots#points}.
 *
 * <pre>{@code
 * Figure f = Plots.points("PCA of digits").axes("PC1", "PC2")
 *         .groups(projected, labels)          // projected: n x 2, labels: int[n] or String[n]
 *         .build();
 * Figure g = Plots.points("Source vs target").add("source", xs).add("target", ys).build(); // n x 3: 3-D
 * }</pre>
 */
public final class PointCloud extends FigureBuilder<PointCloud> {

    private final List<String> names = new ArrayList<>();
    private final List<double[][]> clouds = new ArrayList<>();
    private String zTitle;
    private double markerSize = 5;

    /** Use {@link lab.subspace.display.Plots#points}. */
    public PointCloud(String title) {
        super(title);
    }

    /** One group of points ({@code n x 2} or {@code n x 3}). */
    public PointCloud add(String name, double[][] points) {
        Checks.notNull(points, "points of group '" + name + "'");
        if (points.length == 0) {
            throw new IllegalArgumentException("Group '" + name + "' of " + label() + " has no points");
        }
        int dim = points[0] == null ? 0 : points[0].length;
        if (dim != 2 && dim != 3) {
            throw new IllegalArgumentException("Group '" + name + "' of " + label() + ": points need 2 or 3 coordinates but point 0 has " + dim);
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != dim) {
                throw new IllegalArgumentException("Group '" + name + "' of " + label() + ": point 0 has " + dim
                        + " coordinates but point " + i + " has " + (points[i] == null ? 0 : points[i].length));
            }
        }
        if (!clouds.isEmpty() && clouds.get(0)[0].length != dim) {
            throw new IllegalArgumentException("Group '" + name + "' of " + label() + " has " + dim + "-D points but group '"
                    + names.get(0) + "' has " + clouds.get(0)[0].length + "-D points");
        }
        double[][] copy = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            copy[i] = points[i].clone();
        }
        names.add(name);
        clouds.add(copy);
        return this;
    }

    /** One group of points from an EJML matrix (rows = points, 2 or 3 columns). */
    public PointCloud add(String name, DMatrix points) {
        return add(name, Arrays2D.of(Checks.notNull(points, "points of group '" + name + "'")));
    }

    /** {@link #groups(double[][], String[])} for an EJML matrix. */
    public PointCloud groups(DMatrix points, String[] labels) {
        return groups(Arrays2D.of(Checks.notNull(points, "points")), labels);
    }

    /** {@link #groups(double[][], int[])} for an EJML matrix. */
    public PointCloud groups(DMatrix points, int[] labels) {
        return groups(Arrays2D.of(Checks.notNull(points, "points")), labels);
    }

    /** Splits {@code points} into groups by label, in order of first appearance. */
    public PointCloud groups(double[][] points, String[] labels) {
        Checks.sameLength("The labels of " + label(), Checks.notNull(labels, "labels").length, "the points", Checks.notNull(points, "points").length);
        Map<String, List<double[]>> groups = new LinkedHashMap<>();
        for (int i = 0; i < points.length; i++) {
            groups.computeIfAbsent(String.valueOf(labels[i]), g -> new ArrayList<>()).add(points[i]);
        }
        groups.forEach((g, pts) -> add(g, pts.toArray(double[][]::new)));
        return this;
    }

    /** Splits {@code points} into groups by integer label (e.g. a class or cluster id). */
    public PointCloud groups(double[][] points, int[] labels) {
        Checks.notNull(labels, "labels");
        return groups(points, java.util.Arrays.stream(labels).mapToObj(Integer::toString).toArray(String[]::new));
    }

    /** Axis titles of 2-D clouds. */
    public PointCloud axes(String x, String y) {
        return xTitle(x).yTitle(y);
    }

    /** Axis titles of 3-D clouds. */
    public PointCloud axes(String x, String y, String z) {
        zTitle = z;
        return axes(x, y);
    }

    /** Marker diameter in pixels (default 5). */
    public PointCloud markerSize(double px) {
        if (!(px > 0)) {
            throw new IllegalArgumentException("Marker size must be positive but was " + px);
        }
        markerSize = px;
        return this;
    }

    @Override
    public Figure build() {
        if (clouds.isEmpty()) {
            throw new IllegalStateException(label() + " has no points: add a group with add(name, points) or groups(points, labels)");
        }
        boolean threeD = clouds.get(0)[0].length == 3;
        Trace[] traces = new Trace[clouds.size()];
        for (int k = 0; k < traces.length; k++) {
            double[][] pts = clouds.get(k);
            double[] x = column(pts, 0);
            double[] y = column(pts, 1);
            String what = "Group '" + names.get(k) + "' of " + label();
            Checks.drawable(what + " (x)", x, logX);
            Checks.drawable(what + " (y)", y, logY);
            Marker marker = Marker.builder().color(Palette.color(k)).size(markerSize).opacity(0.8).build();
            if (threeD) {
                Scatter3DTrace.Scatter3DBuilder b = Scatter3DTrace.builder(x, y, column(pts, 2)).mode(Scatter3DTrace.Mode.MARKERS).marker(marker);
                traces[k] = names.get(k) == null ? b.build() : b.name(names.get(k)).build();
            } else {
                ScatterTrace.ScatterBuilder b = ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.MARKERS).marker(marker);
                traces[k] = names.get(k) == null ? b.build() : b.name(names.get(k)).build();
            }
        }
        Layout.LayoutBuilder layout = layout().showLegend(traces.length > 1);
        if (threeD) {
            if (height == 450) {
                layout.height(600);
            }
            layout.scene(Scene.sceneBuilder().xAxis(axis(xTitle, logX)).yAxis(axis(yTitle, logY)).zAxis(axis(zTitle, false)).build());
        } else {
            layout.xAxis(axis(xTitle, logX)).yAxis(axis(yTitle, logY));
        }
        return new Figure(layout.build(), traces);
    }

    private static double[] column(double[][] pts, int j) {
        double[] out = new double[pts.length];
        for (int i = 0; i < pts.length; i++) {
            out[i] = pts[i][j];
        }
        return out;
    }

}
