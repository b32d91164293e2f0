package lab.subspace.magics.featlearn;

import java.util.Arrays;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The weights' second moment W^T W / N before and after the step, each fitted by a spiked model
 * ({@link FeatureLearning#covariance}).
 *
 * @param before          spiked fit at initialisation
 * @param after           spiked fit after the step
 * @param beta            index direction (unit)
 * @param betaEstimated   whether beta is itself the estimated spike direction
 * @param predictedSpike  first-order prediction theta^2 = (eta mu_1 c_1)^2 (NaN for given weights)
 * @param a               second-layer weights (the spike of neuron j is proportional to a_j)
 * @param projectionAfter w_j^T beta after the step
 * @param projectionBefore w_j^T beta before
 */
public record CovarianceResult(SpikedCovariance before, SpikedCovariance after, double[] beta, boolean betaEstimated,
        double predictedSpike, double[] a, double[] projectionAfter, double[] projectionBefore) {

    /** |cos(spike direction, beta)| after the step. */
    public double alignment() {
        return after.cosine(beta);
    }

    public Table table() {
        Tables.Builder b = Tables.builder("Weight covariance W^T W / N: spiked fit bulk I + spike v v^T")
                .strings("weights").doubles("bulk (x d)", "spike", "top eigenvalue (x d)", "2nd eigenvalue (x d)",
                        "top / 2nd", "|cos(v, beta)|", "predicted spike (eta mu1 c1)^2");
        int d = before.dimension();
        row(b, "random (before)", before, d, Double.NaN);
        row(b, "after one step", after, d, predictedSpike);
        return b.build();
    }

    private void row(Tables.Builder b, String label, SpikedCovariance c, int d, double predicted) {
        b.row(label, c.bulk() * d, c.spike(), c.eigenvalues()[0] * d, c.eigenvalues()[1] * d, c.outlierRatio(),
                betaEstimated ? Double.NaN : c.cosine(beta), predicted);
    }

    /** Eigenvalues of d W^T W / N before and after: one outlier after the step. */
    public Figure eigenvalueFigure() {
        int d = before.dimension();
        double[] x = new double[d];
        double[] b = new double[d];
        double[] a = new double[d];
        for (int i = 0; i < d; i++) {
            x[i] = i + 1;
            b[i] = before.eigenvalues()[i] * d;
            a[i] = after.eigenvalues()[i] * d;
        }
        return Plots.lines("Weight covariance spectrum: one outlier along beta after the step").logY()
                .x("eigenvalue index", x).y("random (before)", b).y("after one step", a)
                .yTitle("eigenvalue of d W^T W / N").build();
    }

    /** sqrt(d) w_j^T beta against a_j: the step moves neuron j along beta by theta a_j. */
    public Figure neuronFigure() {
        double scale = Math.sqrt(before.dimension());
        double[][] pb = new double[a.length][];
        double[][] pa = new double[a.length][];
        for (int j = 0; j < a.length; j++) {
            pb[j] = new double[] {a[j], scale * projectionBefore[j]};
            pa[j] = new double[] {a[j], scale * projectionAfter[j]};
        }
        return Plots.points(String.format(Locale.ROOT, "Neurons along %s: the shift is proportional to a_j",
                betaEstimated ? "the estimated spike direction" : "beta"))
                .add("before", pb).add("after one step", pa)
                .axes("second-layer weight a_j", "sqrt(d) w_j^T beta").build();
    }

    @Override
    public String toString() {
        return "CovarianceResult[before=" + before + ", after=" + after + ", predictedSpike=" + predictedSpike
                + ", alignment=" + (betaEstimated ? "n/a" : String.valueOf(alignment())) + ", neurons=" + a.length
                + ", beta=" + Arrays.toString(Arrays.copyOf(beta, Math.min(3, beta.length))) + "...]";
    }
}
