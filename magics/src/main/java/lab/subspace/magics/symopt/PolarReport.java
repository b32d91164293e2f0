package lab.subspace.magics.symopt;

import java.util.List;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link PolarCheck#run}: one {@link PolarCase} per matrix.
 *
 * @param cases the matrices checked
 */
public record PolarReport(List<PolarCase> cases) {

    public PolarReport {
        cases = List.copyOf(cases);
    }

    /** Largest Newton-Schulz error against the SVD polar factor. */
    public double worstNewtonSchulzError() {
        return cases.stream().mapToDouble(PolarCase::newtonSchulzError).max().orElse(0);
    }

    /** Whether every Newton-Schulz run converged. */
    public boolean allConverged() {
        return cases.stream().allMatch(PolarCase::converged);
    }

    public Table table() {
        Tables.Builder b = Tables.builder("Polar factor M (M^T M)^{-1/2}: Newton-Schulz and the Gram route against the SVD")
                .strings("matrix").ints("rows", "cols", "rank").doubles("condition s_1/s_r").ints("NS iterations")
                .booleans("converged").doubles("|NS - SVD| / |SVD|", "|Gram - SVD| / |SVD|");
        for (PolarCase c : cases) {
            b.row(c.name(), c.rows(), c.cols(), c.rank(), c.condition(), c.iterations(), c.converged(), c.newtonSchulzError(),
                    c.gramError());
        }
        return b.build();
    }

    /** Error to the SVD factor against the iteration, one line per matrix (log y). */
    public Figure convergenceFigure() {
        LineChart chart = Plots.lines("Newton-Schulz X <- X (3I - X^T X)/2 converges to the SVD polar factor");
        for (PolarCase c : cases) {
            double[] e = c.errorTrace();
            double[] x = new double[e.length];
            double[] y = new double[e.length];
            for (int i = 0; i < e.length; i++) {
                x[i] = i + 1;
                y[i] = Math.max(e[i], 1e-17);
            }
            chart.series(c.name(), x, y);
        }
        return chart.xTitle("iteration").yTitle("|X_k - U V^T|_F / |U V^T|_F").logY().build();
    }
}
