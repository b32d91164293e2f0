package lab.subspace.magics.symopt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Descriptive;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Optimizers compared on one toy model over their learning-rate grids and several seeds
 * ({@link ToyTraining#compare}); each method's tuned rate is the grid point with the lowest mean
 * final loss. Every run of a seed starts from the same weights and sees the same batches, so
 * {@link #paired} compares two methods seed by seed.
 *
 * @param title   what was trained
 * @param data    the data's description
 * @param methods the methods, in display order
 * @param runs    every run (method x rate x seed); the runs of one method and rate in the order of {@code seeds}
 * @param seeds   the seeds
 * @param floor   the loss floor (entropy of a synthetic bigram task), NaN if unknown
 */
public record TrainingComparison(String title, String data, List<MethodSpec> methods, List<RunTrace> runs, long[] seeds, double floor) {

    public TrainingComparison {
        methods = List.copyOf(methods);
        runs = List.copyOf(runs);
        seeds = seeds.clone();
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
    }

    @Override
    public long[] seeds() {
        return seeds.clone();
    }

    /** Whether the model has a router (runs report imbalance). */
    public boolean hasRouter() {
        return !Double.isNaN(runs.get(0).imbalance()[0]);
    }

    /** Every method at every rate, averaged over seeds, in method then rate order. */
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        for (MethodSpec m : methods) {
            for (double lr : m.learningRates()) {
                List<RunTrace> rs = runs.stream().filter(r -> r.method().equals(m.name()) && r.learningRate() == lr).toList();
                if (!rs.isEmpty()) {
                    out.add(average(m, lr, rs));
                }
            }
        }
        return out;
    }

    /** The method's setting with the lowest mean final loss. */
    public Setting tuned(String method) {
        return settings().stream().filter(s -> s.method().equals(method)).min(Comparator.comparingDouble(Setting::finalLoss))
                .orElseThrow(() -> new IllegalArgumentException("no method named '" + method + "'; methods: "
                        + methods.stream().map(MethodSpec::name).toList()));
    }

    /**
     * Whether the method's tuned rate lies strictly inside its grid: at an end of the grid the
     * method's best rate may lie outside it, so the comparison would not be tuned fairly.
     */
    public boolean tunedInside(String method) {
        double lr = tuned(method).learningRate();
        double[] grid = methods.stream().filter(m -> m.name().equals(method)).findFirst().orElseThrow().learningRates();
        return lr > Descriptive.min(grid) && lr < Descriptive.max(grid);
    }

    /**
     * {@code method} minus {@code baseline}, seed by seed, each at its own tuned rate: the
     * differences of final held-out loss and router imbalance (a diverged run gives +infinity
     * loss and NaN imbalance).
     */
    public PairedDifference paired(String method, String baseline) {
        Setting a = tuned(method);
        Setting b = tuned(baseline);
        List<RunTrace> ra = runsOf(method, a.learningRate());
        List<RunTrace> rb = runsOf(baseline, b.learningRate());
        double[] loss = new double[seeds.length];
        double[] imbalance = new double[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            loss[i] = ra.get(i).finalLoss() - rb.get(i).finalLoss();
            imbalance[i] = ra.get(i).finalImbalance() - rb.get(i).finalImbalance();
        }
        return new PairedDifference(method, a.learningRate(), baseline, b.learningRate(), loss, imbalance);
    }

    private List<RunTrace> runsOf(String method, double lr) {
        List<RunTrace> rs = runs.stream().filter(r -> r.method().equals(method) && r.learningRate() == lr).toList();
        if (rs.size() != seeds.length) {
            throw new IllegalArgumentException(method + " has " + rs.size() + " runs at lr " + lr + " but there are " + seeds.length + " seeds");
        }
        return rs;
    }

    /** Each method at its tuned rate, in display order. */
    public List<Setting> tuned() {
        return methods.stream().map(m -> tuned(m.name())).toList();
    }

    private static Setting average(MethodSpec m, double lr, List<RunTrace> rs) {
        int diverged = (int) rs.stream().filter(RunTrace::diverged).count();
        List<RunTrace> ok = rs.stream().filter(r -> !r.diverged()).toList();
        List<RunTrace> use = ok.isEmpty() ? rs : ok;
        int[] steps = use.get(0).steps();
        int len = use.stream().mapToInt(r -> r.steps().length).min().orElse(0);
        double[] loss = new double[len];
        double[] imbalance = new double[len];
        for (RunTrace r : use) {
            double[] l = r.loss();
            double[] b = r.imbalance();
            for (int i = 0; i < len; i++) {
                loss[i] += l[i] / use.size();
                imbalance[i] += b[i] / use.size();
            }
        }
        double lossSd = ok.isEmpty() ? 0 : Descriptive.sd(ok.stream().mapToDouble(RunTrace::finalLoss).toArray());
        double imbalanceSd = Double.isNaN(rs.get(0).imbalance()[0]) ? Double.NaN
                : ok.isEmpty() ? 0 : Descriptive.sd(ok.stream().mapToDouble(RunTrace::finalImbalance).toArray());
        return new Setting(m.name(), m.rules(), lr, Arrays.copyOf(steps, len), loss, imbalance, lossSd, imbalanceSd, diverged);
    }

    public Table table() {
        boolean router = hasRouter();
        boolean hasFloor = !Double.isNaN(floor);
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT, "%s: final held-out loss, mean over %d seed%s%s", title, seeds.length,
                seeds.length == 1 ? "" : "s", hasFloor ? String.format(Locale.ROOT, " (loss floor H(Y|X) = %.4f)", floor) : ""))
                .strings("method", "rules").doubles("peak lr", "final loss", "sd over seeds");
        if (hasFloor) {
            b.doubles("excess over floor");
        }
        if (router) {
            b.doubles("load imbalance", "imbalance sd");
        }
        b.booleans("tuned").ints("diverged");
        List<Setting> tunedSettings = tuned();
        for (Setting s : settings()) {
            List<Object> row = new ArrayList<>(List.of(s.method(), s.rules(), s.learningRate(), s.finalLoss(), s.finalLossSd()));
            if (hasFloor) {
                row.add(s.finalLoss() - floor);
            }
            if (router) {
                row.add(s.finalImbalance());
                row.add(s.finalImbalanceSd());
            }
            row.add(tunedSettings.contains(s));
            row.add(s.diverged());
            b.row(row.toArray());
        }
        return b.build();
    }

    /** Loss against step, each method at its tuned rate (excess over the floor, log y, when known). */
    public Figure curvesFigure() {
        boolean hasFloor = !Double.isNaN(floor);
        LineChart c = Plots.lines(title + ": held-out loss at each method's tuned learning rate");
        for (Setting s : tuned()) {
            double[] y = s.loss();
            if (hasFloor) {
                for (int i = 0; i < y.length; i++) {
                    y[i] = Math.max(y[i] - floor, 1e-12);
                }
            }
            c.series(String.format(Locale.ROOT, "%s (lr %.3g)", s.method(), s.learningRate()), asDoubles(s.steps()), y);
        }
        c.xTitle("step").yTitle(hasFloor ? "loss - H(Y|X) (nats)" : "held-out loss");
        return hasFloor ? c.logY().build() : c.build();
    }

    /** Final loss against the peak learning rate, per method (the tuning curves). */
    public Figure sweepFigure() {
        boolean hasFloor = !Double.isNaN(floor);
        LineChart c = Plots.lines(title + ": final loss against the learning rate (tuned = minimum)");
        for (MethodSpec m : methods) {
            List<Setting> ss = settings().stream().filter(s -> s.method().equals(m.name())).toList();
            double[] x = ss.stream().mapToDouble(Setting::learningRate).toArray();
            double[] y = ss.stream().mapToDouble(s -> Math.min(s.finalLoss() - (hasFloor ? floor : 0), 1e6)).toArray();
            c.series(m.name(), x, y);
        }
        c.xTitle("peak learning rate").logX().yTitle(hasFloor ? "final loss - H(Y|X)" : "final loss");
        if (hasFloor) {
            c.logY();
        }
        if (hasRouter()) {
            c.panel("final load imbalance");
            for (MethodSpec m : methods) {
                List<Setting> ss = settings().stream().filter(s -> s.method().equals(m.name())).toList();
                c.series(m.name() + ": imbalance", ss.stream().mapToDouble(Setting::learningRate).toArray(),
                        ss.stream().mapToDouble(Setting::finalImbalance).toArray());
            }
        }
        return c.build();
    }

    /** Router load imbalance against step at each method's tuned rate (router models only). */
    public Figure imbalanceFigure() {
        if (!hasRouter()) {
            throw new IllegalStateException(title + " has no router");
        }
        LineChart c = Plots.lines(title + ": router load imbalance E max_e load_e - 1 at the tuned learning rates");
        for (Setting s : tuned()) {
            c.series(String.format(Locale.ROOT, "%s (lr %.3g)", s.method(), s.learningRate()), asDoubles(s.steps()), s.imbalance());
        }
        return c.xTitle("step").yTitle("load imbalance (0 = balanced)").build();
    }

    private static double[] asDoubles(int[] a) {
        return Arrays.stream(a).asDoubleStream().toArray();
    }
}
