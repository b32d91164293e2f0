package lab.subspace.magics.mcboost;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Distances of the MCBoost iterates to the Bregman projection, per round, and of fitted predictors
 * to the population projection, per sample size.
 */
public record ConvergenceReport(double eta, double[] squared, double[] logistic, int[] sizes, double[] population) {

    /** Geometric-mean contraction factor per round over the first {@code rounds} rounds. */
    public static double rate(double[] distance, int rounds) {
        return Math.pow(distance[rounds] / distance[0], 1.0 / rounds);
    }

    public Table table() {
        int t = squared.length - 1;
        Tables.Builder b = Tables.builder("distance to the Bregman projection onto f0 + span(linear)").strings("loss")
                .doubles("round 0", "final", "contraction per round (first 10)", "1 - eta");
        b.row("squared", squared[0], squared[t], rate(squared, Math.min(10, t)), 1 - eta);
        b.row("logistic", logistic[0], logistic[t], rate(logistic, Math.min(10, t)), 1 - eta);
        return b.build();
    }

    public Table populationTable() {
        Tables.Builder b = Tables.builder("distance to the population projection f0 + Pi(f* - f0) (squared loss)").ints("n")
                .doubles("RMS distance");
        for (int k = 0; k < sizes.length; k++) {
            b.row(sizes[k], population[k]);
        }
        return b.build();
    }

    public Figure figure() {
        double[] x = new double[squared.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return Plots.lines("MCBoost iterates converge to the Bregman projection (linear audit, eta = " + eta + ")").logY()
                .x("round", x).y("squared loss", floor(squared)).y("logistic loss", floor(logistic))
                .yTitle("RMS distance to the projection (score scale)").build();
    }

    private static double[] floor(double[] v) { // log axis: exact zeros would draw nothing
        double[] a = v.clone();
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.max(a[i], 1e-16);
        }
        return a;
    }
}
