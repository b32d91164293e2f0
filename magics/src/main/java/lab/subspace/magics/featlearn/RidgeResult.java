package lab.subspace.magics.featlearn;

import java.util.List;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Ridge test errors on three feature maps as the training size grows ({@link RidgeSweep#run}).
 *
 * @param rows   one per training size
 * @param lambda ridge penalty
 * @param width  neurons N
 * @param d      input dimension
 * @param nTest  test samples
 */
public record RidgeResult(List<Row> rows, double lambda, int width, int d, int nTest) {

    /**
     * @param n        training samples
     * @param random   relative test error of the random (pre-step) features
     * @param postStep relative test error of the post-step features
     * @param spiked   relative test error of N neurons drawn from the fitted spiked law
     */
    public record Row(int n, double random, double postStep, double spiked) {
    }

    public RidgeResult {
        rows = List.copyOf(rows);
    }

    /** The row with the largest training size. */
    public Row largest() {
        return rows.stream().max(java.util.Comparator.comparingInt(Row::n)).orElseThrow();
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "Ridge on features: test MSE / Var(y) (N = %d, d = %d, lambda = %.3g, %d test samples)", width, d, lambda,
                nTest)).ints("n train").doubles("random features", "post-step features", "spiked-law features",
                "random / post-step");
        for (Row r : rows) {
            b.row(r.n, r.random, r.postStep, r.spiked, r.random / r.postStep);
        }
        return b.build();
    }

    public Figure figure() {
        double[] x = rows.stream().mapToDouble(Row::n).toArray();
        return Plots.lines("Ridge regression: post-step features beat random features at every n").logX()
                .x("training samples n", x)
                .y("random features (before)", rows.stream().mapToDouble(Row::random).toArray())
                .y("post-step features", rows.stream().mapToDouble(Row::postStep).toArray())
                .y("spiked-Gaussian-law features", rows.stream().mapToDouble(Row::spiked).toArray())
                .yTitle("test MSE / Var(y)").build();
    }
}
