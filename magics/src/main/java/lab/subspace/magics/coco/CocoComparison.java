package lab.subspace.magics.coco;

import java.util.Objects;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The projection method and the penalty baseline run on the same sequence ({@link Coco#compare}).
 *
 * @param title    what the sequence is (used in titles)
 * @param ours     the projection method
 * @param baseline the drift-plus-penalty baseline
 */
public record CocoComparison(String title, CocoRun ours, CocoRun baseline) {

    private static final String X_TITLE = "horizon T (log scale)";

    public CocoComparison {
        Objects.requireNonNull(title, "title");
        if (!java.util.Arrays.equals(ours.horizons(), baseline.horizons())) {
            throw new IllegalArgumentException("the two runs have different checkpoints");
        }
    }

    /** One row per checkpoint: regret, CCV and path length of both methods. */
    public Table table() {
        String limit = ours.unconverged() == 0 ? ""
                : " (" + ours.unconverged() + " projections hit the Dykstra pass limit; raise it or loosen --tol)";
        Tables.Builder b = Tables.builder("COCO, " + title + ": regret, cumulative constraint violation and path length per horizon" + limit)
                .ints("T").doubles("regret (projection)", "CCV (projection)", "path length (projection)", "regret (penalty)",
                        "CCV (penalty)", "path length (penalty)");
        int[] h = ours.horizons();
        for (int k = 0; k < h.length; k++) {
            b.row(h[k], ours.regret()[k], ours.ccv()[k], ours.pathLength()[k], baseline.regret()[k], baseline.ccv()[k],
                    baseline.pathLength()[k]);
        }
        return b.build();
    }

    /** Regret against T on a log-x axis. */
    public Figure regretFigure() {
        return Plots.lines("Regret vs T, " + title).x(X_TITLE, ours.horizonValues()).logX()
                .y(Method.PROJECTION.label(), ours.regret())
                .y(Method.PENALTY.label(), baseline.regret())
                .yTitle("regret against the best feasible point").build();
    }

    /** CCV against T on a log-x axis, with sqrt T scaled to the baseline's last value for reference. */
    public Figure ccvFigure() {
        double[] h = ours.horizonValues();
        double[] b = baseline.ccv();
        double scale = b[b.length - 1] / Math.sqrt(h[h.length - 1]);
        double[] sqrt = new double[h.length];
        for (int k = 0; k < h.length; k++) {
            sqrt[k] = scale * Math.sqrt(h[k]);
        }
        return Plots.lines("Cumulative constraint violation vs T, " + title).x(X_TITLE, h).logX()
                .y(Method.PROJECTION.label(), ours.ccv())
                .y(Method.PENALTY.label(), b)
                .y("c sqrt(T) (reference)", sqrt)
                .yTitle("CCV = sum of g_t(x_t)^+").build();
    }

    /**
     * Path length of both methods against T on a log-x axis, with the projection method's CCV: for
     * unit-normal half-spaces (G = 1) the path length bounds it.
     */
    public Figure pathFigure() {
        return Plots.lines("Path length vs T, " + title).x(X_TITLE, ours.horizonValues()).logX()
                .y("path length, " + Method.PROJECTION.label(), ours.pathLength())
                .y("path length, " + Method.PENALTY.label(), baseline.pathLength())
                .y("CCV, " + Method.PROJECTION.label(), ours.ccv())
                .yTitle("sum of |x_{t+1} - x_t| (and CCV)").build();
    }

    public Outputs outputs() {
        return Outputs.of(table(), regretFigure(), ccvFigure(), pathFigure());
    }
}
