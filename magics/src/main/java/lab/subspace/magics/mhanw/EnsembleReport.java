package lab.subspace.magics.mhanw;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link EnsembleDiagnostic#run}.
 *
 * @param diversity  principal angles and HDI of the given heads (null for a single head)
 * @param bandwidths bandwidth of each head (given or cross-validated)
 * @param trainSize  rows in each training set
 * @param queries    held-out rows predicted
 * @param heads      decomposition for the given heads
 * @param identical  decomposition with every head on head 0's subspace
 */
public record EnsembleReport(LayerDiversity diversity, double[] bandwidths, int trainSize, int queries, Decomposition heads,
        Decomposition identical) {

    public EnsembleReport {
        bandwidths = bandwidths.clone();
    }

    @Override
    public double[] bandwidths() {
        return bandwidths.clone();
    }

    public Table table() {
        Tables.Builder b = Tables.builder("NW ensemble on your data: " + heads.heads() + " heads, " + heads.replicates()
                + " training sets of " + trainSize + " rows, " + queries + " held-out queries (bias^2 includes label noise)")
                .strings("heads").doubles("HDI", "MSE", "bias^2", "ensemble var", "mean head var", "mean cov", "correlation",
                        "var reduction");
        double hdi = diversity == null ? Double.NaN : diversity.hdi();
        row(b, "your heads", hdi, heads);
        row(b, "identical (all on head 0)", 0, identical);
        return b.build();
    }

    private static void row(Tables.Builder b, String name, double hdi, Decomposition d) {
        b.row(name, hdi, d.mse(), d.bias2(), d.variance(), d.meanVariance(), d.meanCovariance(), d.correlation(), d.varianceReduction());
    }

    /** The decomposition of both ensembles side by side. */
    public Figure figure() {
        return Plots.bars("MSE parts: your heads vs identical heads", "bias^2", "mean var / H", "(1 - 1/H) mean cov")
                .add("your heads", new double[] {heads.bias2(), heads.varianceTerm(), heads.covarianceTerm()})
                .add("identical heads", new double[] {identical.bias2(), identical.varianceTerm(), identical.covarianceTerm()})
                .yTitle("contribution to MSE")
                .build();
    }
}
