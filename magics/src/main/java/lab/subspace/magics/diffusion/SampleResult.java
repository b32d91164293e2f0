package lab.subspace.magics.diffusion;

import java.util.Arrays;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.linalg.UnionDistances;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * What {@link SampleExperiment} measured.
 *
 * @param train           n x D training samples
 * @param generated       n x D generated points
 * @param fresh           n x D fresh samples
 * @param freshComponents subspace of each fresh sample (null unless the source is a {@link SubspaceMixture})
 * @param mixture         the mixture, or null for other sources
 * @param options         sampler settings used
 * @param spanDimension   dimension of the span of the training samples (-1 for a user score model)
 * @param w1              W1(generated, fresh), exact OT
 * @param w1TrainingSet   W1(training set, fresh)
 * @param view            D x 2 or D x 3 orthonormal basis of the figure's projection
 * @param center          1 x D point subtracted before projecting
 * @param seed            seed used
 */
public record SampleResult(DMatrixRMaj train, DMatrixRMaj generated, DMatrixRMaj fresh, int[] freshComponents,
        SubspaceMixture mixture, SamplerOptions options, int spanDimension, double w1, double w1TrainingSet,
        DMatrixRMaj view, DMatrixRMaj center, long seed) {

    /** Distance of each generated point to the nearest subspace, and which one (null without a mixture). */
    public UnionDistances generatedToUnion() {
        return mixture == null ? null : Subspaces.distancesToUnion(generated, mixture.bases());
    }

    /** Largest distance of a generated point to the union of subspaces (NaN without a mixture). */
    public double maxDistanceToUnion() {
        return distanceQuantile(1);
    }

    /**
     * Quantile p of the distances of the generated points to the union (NaN without a mixture).
     * Most points lie on a subspace to rounding; those near an intersection of subspaces are
     * averages of neighbours from several subspaces and lie off the union by up to a few s_{t0}.
     */
    public double distanceQuantile(double p) {
        UnionDistances u = generatedToUnion();
        return u == null ? Double.NaN : lab.subspace.numerics.stats.Descriptive.quantile(u.distance(), p);
    }

    /** Fraction of generated points within {@code tolerance} of a subspace (NaN without a mixture). */
    public double fractionOnUnion(double tolerance) {
        UnionDistances u = generatedToUnion();
        return u == null ? Double.NaN : Arrays.stream(u.distance()).filter(d -> d <= tolerance).count() / (double) u.distance().length;
    }

    @Override
    public DMatrixRMaj train() {
        return train.copy();
    }

    @Override
    public DMatrixRMaj generated() {
        return generated.copy();
    }

    @Override
    public DMatrixRMaj fresh() {
        return fresh.copy();
    }

    @Override
    public int[] freshComponents() {
        return freshComponents == null ? null : freshComponents.clone();
    }

    /** Summary: sizes, sampler settings, W1 distances, and where generated points fall. */
    public Table table() {
        Tables.Builder b = Tables.builder("Generated vs fresh samples").strings("quantity", "value");
        b.row("n (train = generated = fresh)", String.valueOf(generated.numRows));
        b.row("ambient dimension D", String.valueOf(generated.numCols));
        if (spanDimension >= 0) {
            b.row("span of the training samples (where weights are computed)", String.valueOf(spanDimension));
        }
        b.row("sampler", options.method() + ", " + options.steps() + " steps, t0 = " + fmt(options.t0()));
        b.row("W1(generated, fresh)", fmt(w1));
        b.row("W1(training set, fresh)", fmt(w1TrainingSet));
        UnionDistances u = generatedToUnion();
        if (u != null) {
            b.row("generated points on a subspace (distance < 1e-6)", String.format(java.util.Locale.ROOT, "%.1f%%",
                    100 * fractionOnUnion(1e-6)));
            b.row("distance to the union: median / 95% / max", fmt(distanceQuantile(0.5)) + " / " + fmt(distanceQuantile(0.95))
                    + " / " + fmt(maxDistanceToUnion()) + " (s_t0 = " + fmt(ForwardProcess.sigma(options.t0())) + ")");
            int[] gen = new int[mixture.components()];
            int[] fr = new int[mixture.components()];
            for (int j : u.nearest()) {
                gen[j]++;
            }
            for (int j : freshComponents) {
                fr[j]++;
            }
            for (int j = 0; j < gen.length; j++) {
                b.row("points on subspace " + (j + 1) + " (generated / fresh)", gen[j] + " / " + fr[j]);
            }
        }
        return b.build();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    /** Generated and fresh points projected to 2-D or 3-D, generated ones coloured by their nearest subspace. */
    public Figure projectionFigure() {
        var chart = Plots.points(mixture != null
                ? "Generated points on the " + mixture.components() + " subspaces (projection to " + view.numCols + "-D)"
                : "Generated vs fresh samples (top principal directions of the training set)");
        DMatrixRMaj freshView = project(fresh);
        DMatrixRMaj genView = project(generated);
        chart.add("fresh samples", freshView);
        if (mixture != null) {
            int[] nearest = generatedToUnion().nearest();
            String[] labels = new String[nearest.length];
            for (int i = 0; i < nearest.length; i++) {
                labels[i] = "generated, subspace " + (nearest[i] + 1);
            }
            chart.groups(genView, labels);
        } else {
            chart.add("generated", genView);
        }
        if (view.numCols == 3) {
            chart.axes("direction 1", "direction 2", "direction 3");
        } else {
            chart.axes("direction 1", "direction 2");
        }
        return chart.markerSize(3).build();
    }

    /**
     * Coordinates inside subspace 1 (U_1^T x) of the fresh samples drawn from it, and of the
     * training samples and generated points nearest to it: a scatter of the first two coordinates,
     * or histograms when k = 1. Generated points sit on (or between) training samples.
     *
     * @throws IllegalStateException without a mixture
     */
    public Figure subspaceFigure() {
        if (mixture == null) {
            throw new IllegalStateException("the in-subspace view needs a SubspaceMixture source");
        }
        DMatrixRMaj u = mixture.basis(0);
        int[] nearest = generatedToUnion().nearest();
        DMatrixRMaj f = CommonOps_DDRM.mult(rows(fresh, freshComponents), u, null);
        DMatrixRMaj g = CommonOps_DDRM.mult(rows(generated, nearest), u, null);
        DMatrixRMaj t = CommonOps_DDRM.mult(rows(train, Subspaces.distancesToUnion(train, mixture.bases()).nearest()), u, null);
        String title = "Inside subspace 1: generated vs fresh samples (" + mixture.law() + " coordinates)";
        if (u.numCols == 1) {
            return Plots.histogram(title).add("fresh samples", f.data).add("training samples", t.data).add("generated", g.data)
                    .bins(30).xTitle("coordinate along subspace 1").yTitle("count").build();
        }
        return Plots.points(title).add("fresh samples", CommonOps_DDRM.extract(f, 0, f.numRows, 0, 2))
                .add("training samples", CommonOps_DDRM.extract(t, 0, t.numRows, 0, 2))
                .add("generated", CommonOps_DDRM.extract(g, 0, g.numRows, 0, 2))
                .axes("coordinate 1 in subspace 1", "coordinate 2 in subspace 1").markerSize(4).build();
    }

    private static DMatrixRMaj rows(DMatrixRMaj x, int[] labels) {
        int[] idx = java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == 0).toArray();
        if (idx.length == 0) {
            throw new IllegalStateException("no point lies on subspace 1");
        }
        return lab.subspace.numerics.linalg.RowOps.select(x, idx);
    }

    private DMatrixRMaj project(DMatrixRMaj x) {
        DMatrixRMaj c = x.copy();
        for (int i = 0; i < c.numRows; i++) {
            for (int d = 0; d < c.numCols; d++) {
                c.add(i, d, -center.data[d]);
            }
        }
        return CommonOps_DDRM.mult(c, view, null);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "SampleResult[n = %d, D = %d, W1 = %.4g, W1 training set = %.4g]",
                generated.numRows, generated.numCols, w1, w1TrainingSet);
    }
}
