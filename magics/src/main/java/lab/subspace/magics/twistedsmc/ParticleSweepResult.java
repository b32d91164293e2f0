package lab.subspace.magics.twistedsmc;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Descriptive;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The particle-budget experiment ({@link ParticleSweep}). Method index 0 is TRI-TSMC, 1 plain SMC.
 * The arrays are the experiment's own (not copied); treat them as read-only.
 *
 * @param problem      what was aligned (for titles)
 * @param particles    the budgets N
 * @param seeds        repetitions per N
 * @param learn        the twist-learning settings
 * @param logZ         [method][N][seed] log Z estimates
 * @param meanEss      [method][N][seed] ESS / N averaged over the steps
 * @param minEss       [method][N][seed] smallest ESS / N over the steps
 * @param reward       [method][N][seed] weighted mean reward
 * @param kl           [method][N][seed] KL(weighted particles || target) (NaN when d &gt; 2)
 * @param essPerStep   [method][t] ESS / N per step at the largest N, mean over seeds
 * @param bestOfNReward mean reward of best-of-N per N
 * @param bestOfNKl    KL of best-of-N's kept samples per N
 * @param dataLogZ     log Z under the data distribution (the DDPM's own differs by its discretisation)
 */
public record ParticleSweepResult(String problem, int[] particles, int seeds, LearnOptions learn, double[][][] logZ,
        double[][][] meanEss, double[][][] minEss, double[][][] reward, double[][][] kl, double[][] essPerStep, double[] bestOfNReward,
        double[] bestOfNKl, double dataLogZ) {

    static final String[] METHODS = {"TRI-TSMC", "plain SMC"};

    /** Variance over seeds of log Z for method (0 TRI-TSMC, 1 plain SMC) at budget index i. */
    public double logZVariance(int method, int i) {
        return Descriptive.variance(logZ[method][i]);
    }

    public double meanLogZ(int method, int i) {
        return Descriptive.mean(logZ[method][i]);
    }

    /** Mean over seeds of the step-averaged ESS / N. */
    public double meanEss(int method, int i) {
        return Descriptive.mean(meanEss[method][i]);
    }

    /** Mean over seeds of the smallest ESS / N along the run. */
    public double meanMinEss(int method, int i) {
        return Descriptive.mean(minEss[method][i]);
    }

    public double meanReward(int method, int i) {
        return Descriptive.mean(reward[method][i]);
    }

    public double meanKl(int method, int i) {
        return Descriptive.mean(kl[method][i]);
    }

    public Table table() {
        Tables.Builder b = Tables.builder("TRI-TSMC vs plain SMC vs best-of-N at equal N, " + problem + " (" + seeds + " seeds; twist learned with "
                + learn.iterations() + " x " + learn.particles() + " paths, eta = " + learn.eta() + "; data log Z = "
                + String.format(java.util.Locale.ROOT, "%.4f", dataLogZ) + ")")
                .ints("N").doubles("mean ESS/N TRI-TSMC", "mean ESS/N SMC", "min ESS/N TRI-TSMC", "min ESS/N SMC", "var log Z TRI-TSMC", "var log Z SMC", "mean log Z TRI-TSMC",
                        "mean log Z SMC", "reward TRI-TSMC", "reward SMC", "reward best-of-N", "KL TRI-TSMC", "KL SMC", "KL best-of-N");
        for (int i = 0; i < particles.length; i++) {
            b.row(particles[i], meanEss(0, i), meanEss(1, i), meanMinEss(0, i), meanMinEss(1, i), logZVariance(0, i), logZVariance(1, i), meanLogZ(0, i), meanLogZ(1, i),
                    meanReward(0, i), meanReward(1, i), bestOfNReward[i], meanKl(0, i), meanKl(1, i), bestOfNKl[i]);
        }
        return b.build();
    }

    private double[] ns() {
        double[] x = new double[particles.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = particles[i];
        }
        return x;
    }

    private double[] per(java.util.function.IntToDoubleFunction f) {
        double[] y = new double[particles.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = f.applyAsDouble(i);
        }
        return y;
    }

    /** Variance of log Z over seeds against N (log-log). */
    public Figure logZFigure() {
        return Plots.lines("Variance of the log Z estimate over seeds vs particles").logLog().x("particles N", ns())
                .y(METHODS[0], per(i -> logZVariance(0, i))).y(METHODS[1], per(i -> logZVariance(1, i)))
                .yTitle("var over seeds of log Z-hat").build();
    }

    /** Step-averaged and smallest ESS / N along the run against N. */
    public Figure essFigure() {
        return Plots.lines("ESS/N vs particles (averaged over steps, and the smallest step)").logX().x("particles N", ns())
                .y(METHODS[0] + ", mean over steps", per(i -> meanEss(0, i))).y(METHODS[1] + ", mean over steps", per(i -> meanEss(1, i)))
                .y(METHODS[0] + ", smallest step", per(i -> meanMinEss(0, i))).y(METHODS[1] + ", smallest step", per(i -> meanMinEss(1, i)))
                .yTitle("ESS / N (mean over seeds)").build();
    }

    /** ESS / N per diffusion step at the largest N. */
    public Figure essPerStepFigure() {
        int steps = essPerStep[0].length - 1;
        double[] t = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            t[i] = i;
        }
        return Plots.lines("ESS/N per step at N = " + particles[particles.length - 1] + " (before resampling)").x("diffusion step t (T = noise, 0 = data)", t)
                .y(METHODS[0], essPerStep[0]).y(METHODS[1], essPerStep[1]).yTitle("ESS / N (mean over seeds)").build();
    }

    /** KL to the tilted target and mean reward against N. */
    public Figure klFigure() {
        return Plots.lines("KL(samples || reward-tilted target) vs particles").logLog().x("particles N", ns())
                .y(METHODS[0], per(i -> meanKl(0, i))).y(METHODS[1], per(i -> meanKl(1, i))).y("best-of-N", bestOfNKl)
                .yTitle("plug-in KL on the target grid (nats)").build();
    }

    public Figure rewardFigure() {
        return Plots.lines("Mean reward vs particles").logX().x("particles N", ns())
                .y(METHODS[0], per(i -> meanReward(0, i))).y(METHODS[1], per(i -> meanReward(1, i))).y("best-of-N", bestOfNReward)
                .yTitle("mean r(x_0)").build();
    }

    public Outputs outputs() {
        boolean grid = !Double.isNaN(bestOfNKl[0]);
        return grid ? Outputs.of(table(), logZFigure(), essFigure(), essPerStepFigure(), klFigure(), rewardFigure())
                : Outputs.of(table(), logZFigure(), essFigure(), essPerStepFigure(), rewardFigure());
    }
}
