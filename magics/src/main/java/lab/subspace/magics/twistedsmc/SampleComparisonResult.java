package lab.subspace.magics.twistedsmc;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.plots.PointCloud;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.random.Rng;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Samples of each method ({@link SampleComparison}); weighted runs are shown by their weighted
 * histograms (1-D) or by N draws resampled from their weights (2-D).
 *
 * @param problem   the alignment problem
 * @param particles N
 * @param base      base-model draws
 * @param twisted   TRI-TSMC run
 * @param plain     plain SMC run
 * @param bestOfN   best-of-N kept samples
 * @param target    draws from the binned tilted target
 */
public record SampleComparisonResult(AlignmentProblem problem, int particles, double[][] base, SmcRun twisted, SmcRun plain, BestOfN bestOfN,
        double[][] target) {

    public Table table() {
        TargetGrid g = problem.target();
        return Tables.builder("Samples at N = " + particles + ", " + problem).strings("method").doubles("mean reward", "KL to tilted target")
                .row("base model", TwistedSmc.meanReward(problem, base, null), g.kl(base, null))
                .row("plain SMC", plain.meanReward(), plain.kl(problem))
                .row("TRI-TSMC", twisted.meanReward(), twisted.kl(problem))
                .row("best-of-N (" + bestOfN.samples().length + " draws)", bestOfN.meanReward(), bestOfN.kl(problem))
                .row("target draws", TwistedSmc.meanReward(problem, target, null), g.kl(target, null))
                .build();
    }

    /** 1-D: densities on the target grid; 2-D: point clouds. */
    public Figure figure() {
        TargetGrid g = problem.target();
        if (problem.dimension() == 1) {
            LineChart c = Plots.lines("Samples vs the reward-tilted target, N = " + particles).x("x_0", g.centres(0))
                    .y("tilted target (exact)", g.density())
                    .y("TRI-TSMC", g.histogramDensity(twisted.samples(), twisted.weights()))
                    .y("plain SMC", g.histogramDensity(plain.samples(), plain.weights()))
                    .y("best-of-N", g.histogramDensity(bestOfN.samples(), null))
                    .y("base model", g.histogramDensity(base, null));
            return c.yTitle("density (histograms of weighted samples)").build();
        }
        Rng rng = new Rng(particles);
        PointCloud p = Plots.points("Samples vs the reward-tilted target, N = " + particles).axes("x_0[0]", "x_0[1]")
                .add("tilted target (exact draws)", target)
                .add("TRI-TSMC (resampled)", resample(twisted, rng))
                .add("plain SMC (resampled)", resample(plain, rng))
                .add("best-of-N", bestOfN.samples())
                .add("base model", base);
        return p.build();
    }

    private static double[][] resample(SmcRun run, Rng rng) {
        double[][] x = run.samples();
        double[] w = run.weights();
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[rng.categorical(w)];
        }
        return out;
    }

    public Outputs outputs() {
        return Outputs.of(table(), figure());
    }
}
