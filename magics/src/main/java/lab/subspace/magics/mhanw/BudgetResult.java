package lab.subspace.magics.mhanw;

import java.util.Arrays;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.LineFit;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link BudgetSweep#run}.
 *
 * @param spec         the settings
 * @param mse          {@code mse[i][k]}: ensemble MSE at n = sampleSizes[i], d_k = headDims[k], averaged over training sets
 * @param standardError standard error of each mean over the training sets (NaN with one training set)
 * @param bestHeadDims grid argmin d_k* for each n
 * @param refinedHeadDims d_k* refined by a parabola in log d_k ({@link BudgetSweep#refinedMinimum})
 * @param fit          least-squares line refined d_k* = a + slope ln n
 */
public record BudgetResult(BudgetSpec spec, double[][] mse, double[][] standardError, int[] bestHeadDims, double[] refinedHeadDims,
        LineFit fit) {

    public BudgetResult {
        mse = copy(mse);
        standardError = copy(standardError);
        bestHeadDims = bestHeadDims.clone();
        refinedHeadDims = refinedHeadDims.clone();
    }

    /** Averages per-training-set MSEs {@code perReplicate[r][i][k]} and finds the optima. */
    static BudgetResult of(BudgetSpec spec, double[][][] perReplicate) {
        int[] ns = spec.sampleSizes();
        int[] dks = spec.headDims();
        int reps = perReplicate.length;
        double[][] mean = new double[ns.length][dks.length];
        double[][] se = new double[ns.length][dks.length];
        for (int i = 0; i < ns.length; i++) {
            for (int k = 0; k < dks.length; k++) {
                double s = 0;
                for (double[][] rep : perReplicate) {
                    s += rep[i][k];
                }
                mean[i][k] = s / reps;
                double ss = 0;
                for (double[][] rep : perReplicate) {
                    ss += (rep[i][k] - mean[i][k]) * (rep[i][k] - mean[i][k]);
                }
                se[i][k] = reps < 2 ? Double.NaN : Math.sqrt(ss / (reps - 1) / reps);
            }
        }
        double[] x = Arrays.stream(dks).asDoubleStream().toArray();
        int[] best = new int[ns.length];
        double[] refined = new double[ns.length];
        double[] logN = new double[ns.length];
        for (int i = 0; i < ns.length; i++) {
            best[i] = dks[BudgetSweep.argmin(mean[i])];
            refined[i] = BudgetSweep.refinedMinimum(x, mean[i]);
            logN[i] = Math.log(ns[i]);
        }
        return new BudgetResult(spec, mean, se, best, refined, LineFit.fit(logN, refined));
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] mse() {
        return copy(mse);
    }

    @Override
    public double[][] standardError() {
        return copy(standardError);
    }

    @Override
    public int[] bestHeadDims() {
        return bestHeadDims.clone();
    }

    @Override
    public double[] refinedHeadDims() {
        return refinedHeadDims.clone();
    }

    /** H* = D / d_k* (grid optimum) for each n. */
    public int[] bestHeads() {
        return Arrays.stream(bestHeadDims).map(dk -> spec.budget() / dk).toArray();
    }

    /** Slope of refined d_k* against ln n. */
    public double slope() {
        return fit.slope();
    }

    public Table table() {
        int[] dks = spec.headDims();
        String[] cols = Arrays.stream(dks).mapToObj(dk -> "MSE d_k=" + dk + " (H=" + spec.budget() / dk + ")").toArray(String[]::new);
        Tables.Builder b = Tables.builder("Ensemble MSE at fixed D = H d_k = " + spec.budget() + " (mean of " + spec.replicates()
                + " training sets)").ints("n").doubles(cols).ints("best d_k", "best H").doubles("refined d_k*");
        int[] ns = spec.sampleSizes();
        for (int i = 0; i < ns.length; i++) {
            Object[] row = new Object[dks.length + 4];
            row[0] = ns[i];
            for (int k = 0; k < dks.length; k++) {
                row[k + 1] = mse[i][k];
            }
            row[dks.length + 1] = bestHeadDims[i];
            row[dks.length + 2] = spec.budget() / bestHeadDims[i];
            row[dks.length + 3] = refinedHeadDims[i];
            b.row(row);
        }
        return b.build();
    }

    /** MSE against d_k, one curve per n. */
    public Figure curvesFigure() {
        double[] x = Arrays.stream(spec.headDims()).asDoubleStream().toArray();
        LineChart chart = Plots.lines("Ensemble MSE vs head dimension at fixed budget D = H d_k = " + spec.budget()).logLog()
                .x("head dimension d_k (H = D / d_k)", x).yTitle("MSE");
        int[] ns = spec.sampleSizes();
        for (int i = 0; i < ns.length; i++) {
            chart.y("n = " + ns[i], mse[i]);
            if (spec.replicates() > 1) {
                chart.errors(standardError[i].clone());
            }
        }
        return chart.build();
    }

    /** d_k* against n (log axis) with the fitted line in ln n, and H* = D / d_k*. */
    public Figure optimumFigure() {
        double[] n = Arrays.stream(spec.sampleSizes()).asDoubleStream().toArray();
        double[] line = Arrays.stream(n).map(v -> fit.predict(Math.log(v))).toArray();
        double[] grid = Arrays.stream(bestHeadDims).asDoubleStream().toArray();
        double[] heads = Arrays.stream(refinedHeadDims).map(dk -> spec.budget() / dk).toArray();
        return Plots.lines(String.format(java.util.Locale.ROOT, "Optimal head dimension grows like log n (slope %.2f per ln n)",
                        fit.slope()))
                .logX().x("training set size n", n)
                .y("refined d_k*", refinedHeadDims)
                .y("grid argmin d_k*", grid)
                .y(String.format(java.util.Locale.ROOT, "fit %.2f + %.2f ln n", fit.intercept(), fit.slope()), line)
                .yTitle("optimal d_k")
                .panel("optimal H = D / d_k*")
                .y("refined H*", heads)
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetResult r && r.spec.equals(spec) && Arrays.deepEquals(r.mse, mse)
                && Arrays.equals(r.bestHeadDims, bestHeadDims) && Arrays.equals(r.refinedHeadDims, refinedHeadDims);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(mse);
    }

    @Override
    public String toString() {
        return "BudgetResult[best d_k " + Arrays.toString(bestHeadDims) + " for n " + Arrays.toString(spec.sampleSizes()) + ", slope "
                + fit.slope() + " per ln n]";
    }
}
