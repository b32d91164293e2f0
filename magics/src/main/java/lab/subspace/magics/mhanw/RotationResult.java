package lab.subspace.magics.mhanw;

import java.util.List;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Correlation;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link RotationSweep#run}: one decomposition per angle.
 *
 * @param spec           the settings
 * @param anglesDegrees  rotation angle of each step (0 = identical heads, 90 = orthogonal)
 * @param hdi            Head Diversity Index of each step
 * @param decompositions bias-variance-covariance decomposition of each step
 */
public record RotationResult(RotationSpec spec, double[] anglesDegrees, double[] hdi, List<Decomposition> decompositions) {

    public RotationResult {
        anglesDegrees = anglesDegrees.clone();
        hdi = hdi.clone();
        decompositions = List.copyOf(decompositions);
    }

    @Override
    public double[] anglesDegrees() {
        return anglesDegrees.clone();
    }

    @Override
    public double[] hdi() {
        return hdi.clone();
    }

    public double[] mse() {
        return decompositions.stream().mapToDouble(Decomposition::mse).toArray();
    }

    /** Spearman rank correlation between HDI and MSE (-1: MSE falls monotonically as diversity grows). */
    public double spearman() {
        return Correlation.spearman(hdi, mse());
    }

    /** Ensemble variance with orthogonal heads over ensemble variance with identical heads (1/H for uncorrelated heads). */
    public double varianceRatio() {
        return last().variance() / first().variance();
    }

    /** The identical-heads ensemble's variance over one head's variance: 1, averaging copies reduces nothing. */
    public double identicalReduction() {
        return first().varianceReduction();
    }

    /** The decomposition with identical heads (angle 0). */
    public Decomposition first() {
        return decompositions.get(0);
    }

    /** The decomposition with orthogonal heads (angle 90 degrees). */
    public Decomposition last() {
        return decompositions.get(decompositions.size() - 1);
    }

    public Table table() {
        Tables.Builder b = Tables.builder("MSE decomposition as " + spec.heads() + " heads (d_k = " + spec.headDim()
                + ") rotate from identical to orthogonal (n = " + spec.samples() + ", " + spec.replicates() + " training sets)")
                .doubles("angle (deg)", "HDI", "MSE", "bias^2", "ensemble var", "mean head var", "mean cov", "var / H",
                        "(1-1/H) cov", "correlation");
        for (int s = 0; s < hdi.length; s++) {
            Decomposition d = decompositions.get(s);
            b.row(anglesDegrees[s], hdi[s], d.mse(), d.bias2(), d.variance(), d.meanVariance(), d.meanCovariance(), d.varianceTerm(),
                    d.covarianceTerm(), d.correlation());
        }
        return b.build();
    }

    /** MSE and its three parts against HDI. */
    public Figure mseFigure() {
        return Plots.lines("MSE = bias^2 + mean var / H + (1 - 1/H) mean cov, vs head diversity")
                .x("Head Diversity Index", hdi)
                .y("MSE", mse())
                .y("bias^2", decompositions.stream().mapToDouble(Decomposition::bias2).toArray())
                .yTitle("mean squared error")
                .panel("variance parts")
                .y("ensemble variance", decompositions.stream().mapToDouble(Decomposition::variance).toArray())
                .y("mean var / H", decompositions.stream().mapToDouble(Decomposition::varianceTerm).toArray())
                .y("(1 - 1/H) mean cov", decompositions.stream().mapToDouble(Decomposition::covarianceTerm).toArray())
                .build();
    }

    /** A head's variance, the mean covariance between heads and the ensemble variance, against HDI. */
    public Figure varianceFigure() {
        double[] oneOverH = new double[hdi.length];
        java.util.Arrays.fill(oneOverH, 1.0 / spec.heads());
        return Plots.lines("Decorrelation: head variance stays, covariance falls with diversity")
                .x("Head Diversity Index", hdi)
                .y("mean head variance", decompositions.stream().mapToDouble(Decomposition::meanVariance).toArray())
                .y("mean covariance", decompositions.stream().mapToDouble(Decomposition::meanCovariance).toArray())
                .y("ensemble variance", decompositions.stream().mapToDouble(Decomposition::variance).toArray())
                .yTitle("variance over training sets")
                .panel("ensemble var / head var")
                .y("variance reduction", decompositions.stream().mapToDouble(Decomposition::varianceReduction).toArray())
                .y("1/H (uncorrelated heads)", oneOverH)
                .build();
    }
}
