package lab.subspace.magics.twistedsmc;

import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Descriptive;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The trust-region experiment ({@link IterationSweep}); iteration 0 is the base sampler. The arrays are
 * the experiment's own (not copied); treat them as read-only.
 *
 * @param problem    what was aligned (for titles)
 * @param etas       trust-region sizes (infinity = untempered)
 * @param iterations K
 * @param paths      paths per iteration
 * @param kl         [eta][seed][k] KL(q_k's samples || target) (NaN when d &gt; 2)
 * @param pathEss    [eta][seed][k] ESS / N of the path weights pi / q_k
 * @param logZ       [eta][seed][k] importance-sampling log Z from q_k
 * @param dataLogZ   log Z under the data distribution
 */
public record IterationSweepResult(String problem, double[] etas, int iterations, int paths, double[][][] kl, double[][][] pathEss,
        double[][][] logZ, double dataLogZ) {

    /** "eta = 0.25" or "untempered". */
    public String label(int e) {
        return Double.isInfinite(etas[e]) ? "untempered (eta = inf)" : String.format(Locale.ROOT, "trust region eta = %s", etas[e]);
    }

    /** Mean over seeds of the KL at iteration k. */
    public double meanKl(int e, int k) {
        return Descriptive.mean(column(kl[e], k));
    }

    /** Standard deviation over seeds of the log Z estimate at iteration k. */
    public double logZSd(int e, int k) {
        return Descriptive.sd(column(logZ[e], k));
    }

    public double meanPathEss(int e, int k) {
        return Descriptive.mean(column(pathEss[e], k));
    }

    /** Mean over seeds of the KL over the last three iterations (less noisy than the last alone). */
    public double finalKl(int e) {
        int from = Math.max(0, iterations - 2);
        double s = 0;
        for (int k = from; k <= iterations; k++) {
            s += meanKl(e, k);
        }
        return s / (iterations - from + 1);
    }

    private static double[] column(double[][] a, int k) {
        double[] c = new double[a.length];
        for (int s = 0; s < a.length; s++) {
            c[s] = a[s][k];
        }
        return c;
    }

    public Table table() {
        Tables.Builder b = Tables.builder("Twist learning per iteration, " + problem + " (" + kl[0].length + " seeds, " + paths
                + " paths per iteration; data log Z = " + String.format(Locale.ROOT, "%.4f", dataLogZ) + ")")
                .strings("update").ints("iteration").doubles("mean KL", "sd KL over seeds", "mean path ESS/N", "mean log Z", "sd log Z over seeds");
        for (int e = 0; e < etas.length; e++) {
            for (int k = 0; k <= iterations; k++) {
                b.row(label(e), k, meanKl(e, k), Descriptive.sd(column(kl[e], k)), meanPathEss(e, k), Descriptive.mean(column(logZ[e], k)),
                        logZSd(e, k));
            }
        }
        return b.build();
    }

    private double[] iterationAxis() {
        double[] x = new double[iterations + 1];
        for (int k = 0; k <= iterations; k++) {
            x[k] = k;
        }
        return x;
    }

    private Figure perIteration(String title, String yTitle, boolean logY, java.util.function.BiFunction<Integer, Integer, Double> f) {
        var chart = Plots.lines(title).x("iteration k (0 = base sampler)", iterationAxis());
        for (int e = 0; e < etas.length; e++) {
            double[] y = new double[iterations + 1];
            for (int k = 0; k <= iterations; k++) {
                y[k] = f.apply(e, k);
            }
            chart.y(label(e), y);
        }
        if (logY) {
            chart.logY();
        }
        return chart.yTitle(yTitle).build();
    }

    public Figure klFigure() {
        return perIteration("KL(proposal samples || tilted target) over iterations", "plug-in KL (nats), mean over seeds", true, this::meanKl);
    }

    public Figure stabilityFigure() {
        return perIteration("Instability: spread of the log Z estimate over seeds", "sd over seeds of log Z-hat", true, this::logZSd);
    }

    public Figure essFigure() {
        return perIteration("Path ESS/N of the proposal over iterations", "ESS / N of pi / q_k, mean over seeds", false, this::meanPathEss);
    }

    public Outputs outputs() {
        return Double.isNaN(kl[0][0][0]) ? Outputs.of(table(), stabilityFigure(), essFigure())
                : Outputs.of(table(), klFigure(), stabilityFigure(), essFigure());
    }
}
