package lab.subspace.magics.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Descriptive;
import lab.subspace.numerics.stats.Interval;
import lab.subspace.numerics.stats.ReplicatedFit;
import lab.subspace.numerics.stats.SpecialFunctions;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Result of {@link RateExperiment}: every run and the log-log fit of each curve.
 *
 * <pre>{@code
 * RateFit f = r.fit("k=1, D=100");
 * Interval d = r.slopeDifference("k=3, D=100", "k=3, D=10", 0.95);   // contains 0: the rate does not depend on D
 * Interval e = r.excessSlopeDifference("k=3, D=100", "k=3, D=10", 0.95);  // same, for W1(generated) / W1(training set)
 * double[] w = r.geometricMeans("k=3, D=100");                       // per n, over repetitions
 * }</pre>
 *
 * @param labels  curve labels, in order
 * @param ks      intrinsic dimension of each curve
 * @param sizes   the sample sizes n, ascending
 * @param seeds   repetitions at the largest n
 * @param options settings used
 * @param seed    master seed
 * @param runs    all runs, curve by curve, n by n
 * @param fits    one fit per curve
 */
public record RateResult(List<String> labels, int[] ks, int[] sizes, int seeds, RateOptions options, long seed,
        List<RateRun> runs, List<RateFit> fits) {

    static RateResult of(List<RateCurve> curves, int[] sizes, int seeds, RateOptions options, long seed, List<RateRun> runs) {
        List<String> labels = curves.stream().map(RateCurve::label).toList();
        int[] ks = curves.stream().mapToInt(RateCurve::k).toArray();
        List<RateFit> fits = new ArrayList<>();
        for (int c = 0; c < curves.size(); c++) {
            double[] n = column(runs, c, 0);
            double[] w = column(runs, c, 1);
            ReplicatedFit fit = ReplicatedFit.logLog(n, w);
            Interval boot = SlopeBootstrap.slope(n, w, options.resamples(), options.level(), seed + 31L * c);
            double[] t = column(runs, c, 2);
            ReplicatedFit train = ReplicatedFit.logLog(n, t);
            double[] excess = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                excess[i] = w[i] / t[i];
            }
            fits.add(new RateFit(labels.get(c), ks[c], fit, fit.slopeInterval(options.level()), boot, train,
                    ReplicatedFit.logLog(n, excess), curves.get(c).predictedSlope()));
        }
        return new RateResult(labels, ks, sizes.clone(), seeds, options, seed, List.copyOf(runs), List.copyOf(fits));
    }

    @Override
    public int[] ks() {
        return ks.clone();
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    /** The fit of the curve with this label. */
    public RateFit fit(String label) {
        return fits.get(index(label));
    }

    /**
     * Welch interval for slope(a) - slope(b) (independent runs); an interval containing 0 means
     * the experiment cannot tell the two rates apart. For several comparisons at once, pass a
     * Bonferroni level (e.g. 1 - 0.05 / 4 for four).
     */
    public Interval slopeDifference(String a, String b, double level) {
        return ReplicatedFit.slopeDifference(fit(a).fit(), fit(b).fit(), level);
    }

    /**
     * Welch interval for the difference of the EXCESS slopes of two curves (slope of
     * W1(generated) / W1(training set), paired run by run): whether the diffusion model itself adds an
     * n-dependence that differs between the two data sources, with what the data's own empirical
     * measure does at finite n taken out.
     */
    public Interval excessSlopeDifference(String a, String b, double level) {
        return ReplicatedFit.slopeDifference(fit(a).excessFit(), fit(b).excessFit(), level);
    }

    /** Geometric mean of W1(generated, fresh) at each n (ascending). */
    public double[] geometricMeans(String label) {
        return exp(fit(label).fit().means(), null, 0);
    }

    /** Geometric mean of W1(training set, fresh) at each n. */
    public double[] trainingSetGeometricMeans(String label) {
        return exp(fit(label).trainingSetFit().means(), null, 0);
    }

    /** The confidence band of the geometric mean: exp(mean log W1 + side t s / sqrt(m)), side = -1 or +1. */
    double[] band(String label, int side) {
        ReplicatedFit f = fit(label).fit();
        return exp(f.means(), f, side);
    }

    private double[] exp(double[] logMeans, ReplicatedFit f, int side) {
        double[] out = new double[logMeans.length];
        for (int j = 0; j < out.length; j++) {
            double half = 0;
            if (side != 0) {
                double t = SpecialFunctions.studentTQuantile(0.5 + options.level() / 2, f.counts()[j] - 1);
                half = side * t * f.meanStdErrors()[j];
            }
            out[j] = Math.exp(logMeans[j] + half);
        }
        return out;
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("no curve labelled '" + label + "'; the curves are " + labels);
        }
        return i;
    }

    /** n (what = 0), W1 generated (1) or W1 training set (2) of the runs of one curve. */
    private static double[] column(List<RateRun> runs, int curve, int what) {
        return runs.stream().filter(r -> r.curve() == curve)
                .mapToDouble(r -> what == 0 ? r.n() : what == 1 ? r.w1() : r.w1TrainingSet()).toArray();
    }

    /** One row per curve: slope, its intervals, the prediction and the training-set slope. */
    public Table table() {
        int pct = (int) Math.round(100 * options.level());
        Tables.Builder b = Tables.builder("W1 vs n: log-log slopes (" + pct + "% intervals)")
                .strings("curve").ints("k").doubles("slope", "Welch low", "Welch high", "bootstrap low", "bootstrap high",
                        "predicted -1/max(k,2)", "training-set slope", "excess slope", "W1 at n max").ints("runs");
        for (int c = 0; c < fits.size(); c++) {
            RateFit f = fits.get(c);
            double[] gm = geometricMeans(f.label());
            final int curve = c;
            int count = (int) runs.stream().filter(r -> r.curve() == curve).count();
            b.row(f.label(), f.k(), f.slope(), f.slopeInterval().lower(), f.slopeInterval().upper(),
                    f.bootstrapInterval().lower(), f.bootstrapInterval().upper(), f.predictedSlope(),
                    f.trainingSetFit().slope(), f.excessFit().slope(), gm[gm.length - 1], count);
        }
        return b.build();
    }

    /** Every run, with its CPU cost. */
    public Table runsTable() {
        Tables.Builder b = Tables.builder("Runs").strings("curve").ints("n", "repetition", "steps")
                .doubles("t0", "W1 generated", "W1 training set", "sampler s", "exact OT s");
        for (RateRun r : runs) {
            b.row(labels.get(r.curve()), r.n(), r.repetition(), r.steps(), r.t0(), r.w1(), r.w1TrainingSet(),
                    r.samplerSeconds(), r.otSeconds());
        }
        return b.build();
    }

    /** Mean CPU seconds per run at each n over all curves, and the runs made: the budget of the experiment. */
    public Table costTable() {
        Tables.Builder b = Tables.builder("CPU cost per run (mean over curves)").ints("n", "runs")
                .doubles("sampler s", "exact OT s (2 problems)", "total s");
        for (int n : sizes) {
            double[] s = runs.stream().filter(r -> r.n() == n).mapToDouble(RateRun::samplerSeconds).toArray();
            double[] o = runs.stream().filter(r -> r.n() == n).mapToDouble(RateRun::otSeconds).toArray();
            b.row(n, s.length, Descriptive.mean(s), Descriptive.mean(o),
                    Arrays.stream(s).sum() + Arrays.stream(o).sum());
        }
        return b.build();
    }

    /** Total CPU seconds of all runs (sampler and OT). */
    public double cpuSeconds() {
        return runs.stream().mapToDouble(r -> r.samplerSeconds() + r.otSeconds()).sum();
    }

    /** Geometric mean of W1(generated, fresh) against n on log-log axes, one curve per data source, with bands. */
    public Figure figure() {
        int pct = (int) Math.round(100 * options.level());
        LineChart chart = Plots.lines("W1 between generated and fresh samples (" + pct + "% bands)").logLog()
                .x("n (training samples = generated = fresh)", doubles(sizes))
                .yTitle("W1 (geometric mean over runs)");
        for (String label : labels) {
            chart.y(label, geometricMeans(label)).band(band(label, -1), band(label, +1));
        }
        return chart.build();
    }

    /**
     * Fitted slopes against k with their Welch intervals, next to the training set's slopes (same
     * draws), the prediction -1/max(k, 2), and at k = 2 the slope of sqrt(log n / n) over the
     * experiment's sizes (the log factor of the two-dimensional rate).
     */
    public Figure slopeFigure() {
        int pct = (int) Math.round(100 * options.level());
        LineChart chart = Plots.scatter("Fitted log-log slopes vs intrinsic dimension k (" + pct + "% intervals)")
                .xTitle("k (curves side by side)").yTitle("slope of log W1 on log n").size(760, 560);
        int[] distinctK = Arrays.stream(ks).distinct().sorted().toArray();
        List<double[]> theory = new ArrayList<>();
        for (int k : distinctK) {
            theory.add(new double[] {k, -1.0 / Math.max(k, 2)});
            if (k == 2) {
                theory.add(new double[] {k, logFactorSlope()});
            }
        }
        chart.series("theory -1/max(k,2); at k = 2 also with its sqrt(log n) factor",
                theory.stream().mapToDouble(p -> p[0]).toArray(), theory.stream().mapToDouble(p -> p[1]).toArray());
        double[] x = new double[fits.size()];
        double[] trainSlope = new double[fits.size()];
        double[] trainX = new double[fits.size()];
        for (int c = 0; c < fits.size(); c++) {
            RateFit f = fits.get(c);
            final int curve = c;
            long same = Arrays.stream(ks).filter(k -> k == f.k()).count();
            long before = java.util.stream.IntStream.range(0, curve).filter(i -> ks[i] == f.k()).count();
            // curves with the same k side by side, 0.3 apart at most; their training sets just right of them
            x[c] = f.k() - 0.15 + (same == 1 ? 0.15 : 0.3 * before / (same - 1));
            trainX[c] = x[c] + 0.05;
            trainSlope[c] = f.trainingSetFit().slope();
        }
        chart.series("training set itself (same draws)", trainX, trainSlope);
        for (int c = 0; c < fits.size(); c++) {
            RateFit f = fits.get(c);
            chart.series(f.label(), new double[] {x[c]}, new double[] {f.slope()})
                    .errors(new double[] {(f.slopeInterval().upper() - f.slopeInterval().lower()) / 2});
        }
        return chart.build();
    }

    /** Least-squares slope of log sqrt(log n / n) on log n over the sizes: the k = 2 rate's local slope. */
    public double logFactorSlope() {
        double[] n = doubles(sizes);
        double[] y = Arrays.stream(sizes).mapToDouble(v -> Math.sqrt(Math.log(v) / v)).toArray();
        return lab.subspace.numerics.stats.LineFit.logLog(n, y).slope();
    }

    /** W1(generated, fresh) / W1(training set, fresh) against n: the diffusion model's overhead over the empirical measure. */
    public Figure ratioFigure() {
        LineChart chart = Plots.lines("Diffusion model vs its training set: W1(generated) / W1(training set)").logX()
                .x("n (training samples)", doubles(sizes)).yTitle("ratio of geometric means");
        for (String label : labels) {
            double[] g = geometricMeans(label);
            double[] t = trainingSetGeometricMeans(label);
            double[] ratio = new double[g.length];
            for (int j = 0; j < g.length; j++) {
                ratio[j] = g[j] / t[j];
            }
            chart.y(label, ratio);
        }
        return chart.build();
    }

    private static double[] doubles(int[] v) {
        return Arrays.stream(v).asDoubleStream().toArray();
    }

    @Override
    public String toString() {
        return "RateResult[" + labels.size() + " curves, n = " + Arrays.toString(sizes) + ", " + seeds
                + " repetitions at the largest n]";
    }
}
