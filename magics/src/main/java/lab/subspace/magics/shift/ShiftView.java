package lab.subspace.magics.shift;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** How the shift results are shown: a table of the numbers, then the figures. */
final class ShiftView {

    private ShiftView() {
    }

    // ---------------------------------------------------------------- report

    static Outputs report(ShiftReport r) {
        Outputs out = Outputs.of(summary(r));
        if (r.attribution() != null) {
            out = out.and(steps(r.attribution())).and(points(r)).and(attributionMap(r.attribution()));
        } else {
            out = out.and(points(r));
        }
        return out;
    }

    static Table summary(ShiftReport r) {
        ShiftDetection d = r.detection();
        Tables.Builder t = Tables.builder("Domain shift: " + r.title()).strings("quantity", "value");
        t.row("reference / test points", d.referenceSize() + " / " + d.testSize());
        t.row("features", String.valueOf(r.data().dims()));
        t.row("neighbourhoods k", d.kMin() + " .. " + d.kMax());
        t.row("threshold (alpha = " + fmt(d.overThreshold().alpha()) + ", " + d.overThreshold().model().name().toLowerCase(Locale.ROOT) + ")",
                fmt(d.overThreshold().value()) + (d.underThreshold().value() == d.overThreshold().value() ? ""
                        : " (under-density: " + fmt(d.underThreshold().value()) + ")"));
        t.row("flagged, all features", d.overFlagged().length + " over-dense test + " + d.underFlagged().length
                + " under-dense (reference) points");
        t.row("shift detected", d.shifted() ? "yes" : "no");
        if (r.attribution() != null) {
            Attribution a = r.attribution();
            t.row("features carrying the shift", String.join(", ", a.features()));
            t.row("flagged in that subspace", a.detection() == null ? "0"
                    : a.detection().overFlagged().length + " over + " + a.detection().underFlagged().length + " under");
        }
        Benchmark b = r.benchmark();
        if (b != null) {
            t.row("planted features", String.join(", ", r.data().namesOf(b.plantedFeatures())));
            t.row("recovered exactly", String.valueOf(recoveredExactly(r)));
            if (b.plantedPoints().length > 0) {
                ShiftDetection sub = r.attribution() == null ? d : r.attribution().detection();
                t.row("flagged test points that were planted", plantedAmong(sub.overFlagged(), b.plantedPoints())
                        + " of " + sub.overFlagged().length + " flagged (" + b.plantedPoints().length + " planted)");
            }
        }
        t.row("seconds (detection on all features)", fmt(d.seconds()));
        return t.build();
    }

    /** Whether the attributed features are exactly the planted ones (as sets). */
    static boolean recoveredExactly(ShiftReport r) {
        int[] planted = r.benchmark().plantedFeatures().clone();
        int[] found = r.attribution() == null ? new int[0] : r.attribution().selected().clone();
        Arrays.sort(planted);
        Arrays.sort(found);
        return Arrays.equals(planted, found);
    }

    static int plantedAmong(int[] flagged, int[] planted) {
        boolean[] isPlanted = new boolean[Arrays.stream(planted).max().orElse(-1) + 1];
        for (int i : planted) {
            isPlanted[i] = true;
        }
        int c = 0;
        for (int i : flagged) {
            c += i < isPlanted.length && isPlanted[i] ? 1 : 0;
        }
        return c;
    }

    /** The two sets in two features, flagged points highlighted. */
    static Figure points(ShiftReport r) {
        ShiftData data = r.data();
        int[] axes = plotAxes(r);
        ShiftDetection flags = r.attribution() != null && r.attribution().detection() != null
                ? r.attribution().detection() : r.detection();
        String where = flags == r.detection() ? "all features" : "subspace " + String.join(", ", flags.features());
        int nx = data.referenceSize();
        int ny = data.testSize();
        double[][] pts = new double[nx + ny][];
        String[] labels = new String[nx + ny];
        boolean[] over = mask(flags.overFlagged(), ny);
        boolean[] under = mask(flags.underFlagged(), nx);
        for (int i = 0; i < nx; i++) {
            pts[i] = pick(data.reference(), i, axes);
            labels[i] = under[i] ? "flagged reference (Y under-dense)" : "reference X";
        }
        for (int i = 0; i < ny; i++) {
            pts[nx + i] = pick(data.test(), i, axes);
            labels[nx + i] = over[i] ? "flagged test (Y over-dense)" : "test Y";
        }
        // draw the flagged groups last so they sit on top
        Integer[] order = new Integer[pts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(rank(labels[a]), rank(labels[b])));
        double[][] sortedPts = new double[pts.length][];
        String[] sortedLabels = new String[pts.length];
        for (int i = 0; i < order.length; i++) {
            sortedPts[i] = pts[order[i]];
            sortedLabels[i] = labels[order[i]];
        }
        return Plots.points("Flagged points (" + where + "), shown in " + data.features().get(axes[0]) + " vs "
                + data.features().get(axes[1]))
                .axes(data.features().get(axes[0]), data.features().get(axes[1]))
                .markerSize(4)
                .groups(sortedPts, sortedLabels)
                .build();
    }

    private static int rank(String label) {
        return label.startsWith("flagged") ? (label.contains("test") ? 3 : 2) : (label.startsWith("test") ? 1 : 0);
    }

    /** The first two attributed features; else the best runner-up, else features 0 and 1. */
    private static int[] plotAxes(ShiftReport r) {
        int d = r.data().dims();
        if (d == 1) {
            return new int[] {0, 0};
        }
        Attribution a = r.attribution();
        if (a != null && a.selected().length >= 2) {
            return new int[] {a.selected()[0], a.selected()[1]};
        }
        if (a != null && a.selected().length == 1) {
            int first = a.selected()[0];
            if (a.steps().size() > 1) {
                return new int[] {first, a.steps().get(1).best()};
            }
            return new int[] {first, first == 0 ? 1 : 0};
        }
        return new int[] {0, 1};
    }

    private static double[] pick(DMatrixRMaj m, int row, int[] cols) {
        return new double[] {m.get(row, cols[0]), m.get(row, cols[1])};
    }

    private static boolean[] mask(int[] idx, int n) {
        boolean[] m = new boolean[n];
        for (int i : idx) {
            m[i] = true;
        }
        return m;
    }

    // ---------------------------------------------------------------- detection

    static Outputs detection(ShiftDetection d) {
        Table t = Tables.builder("Shift detection")
                .strings("features").ints("reference", "test", "kMin", "kMax").doubles("threshold", "alpha")
                .ints("over-dense test", "under-dense (reference)").doubles("seconds")
                .row(String.join(", ", d.features()), d.referenceSize(), d.testSize(), d.kMin(), d.kMax(),
                        d.overThreshold().value(), d.overThreshold().alpha(), d.overFlagged().length,
                        d.underFlagged().length, d.seconds())
                .build();
        Figure h = Plots.histogram("Scan statistic per point (threshold " + fmt(d.overThreshold().value()) + ")")
                .add("test points (over-density)", d.overScores())
                .add("reference points (under-density)", d.underScores())
                .bins(60).logY()
                .xTitle("max over k of -log P(Bin(k, p) >= S_k)").yTitle("points")
                .build();
        return Outputs.of(t, h);
    }

    // ---------------------------------------------------------------- attribution

    static Outputs attribution(Attribution a) {
        return Outputs.of(steps(a), attributionMap(a));
    }

    static Table steps(Attribution a) {
        Tables.Builder t = Tables.builder("Greedy subspace attribution of the " + a.anomalous() + " points flagged on all features")
                .ints("size").strings("best feature").doubles("strength").ints("flagged").booleans("added")
                .strings("subspace");
        String subspace = "";
        for (Attribution.Step s : a.steps()) {
            String next = subspace.isEmpty() ? s.bestName() : subspace + ", " + s.bestName();
            if (s.accepted()) {
                subspace = next;
            }
            t.row(s.size(), s.bestName(), s.bestStrength(), s.flagged(), s.accepted(), s.accepted() ? next : "(stop)");
        }
        return t.build();
    }

    /** The anomaly's strength with each candidate feature added, at every step. */
    static Figure attributionMap(Attribution a) {
        List<String> features = a.allFeatures();
        int steps = a.steps().size();
        double[][] z = new double[steps][features.size()];
        String[] rows = new String[steps];
        for (int s = 0; s < steps; s++) {
            Arrays.fill(z[s], Double.NaN);
            Attribution.Step st = a.steps().get(s);
            for (int c = 0; c < st.candidates().length; c++) {
                z[s][st.candidates()[c]] = st.strength()[c];
            }
            rows[s] = "size " + st.size() + (st.accepted() ? " (+" + st.bestName() + ")" : " (stop)");
        }
        return Plots.heatmap("Strength of the detected anomaly with each candidate feature added", z)
                .x("candidate feature", features.toArray(String[]::new))
                .y("greedy step", rows)
                .colorbar("summed statistic of the flagged points")
                .firstRowOnTop()
                .build();
    }

    // ---------------------------------------------------------------- compensation

    static Outputs compensation(Compensation c) {
        Tables.Builder rounds = Tables.builder("Compensation rounds (features: " + String.join(", ", c.features()) + ")")
                .ints("round", "reference", "test", "over-dense removed", "under-dense removed");
        for (Compensation.Round r : c.rounds()) {
            rounds.row(r.round(), r.referenceSize(), r.testSize(), r.over(), r.under());
        }
        Tables.Builder check = Tables.builder("Rerun on the compensated subsets")
                .strings("detection").ints("reference", "test", "flagged");
        addCheck(check, "compensated, same features", c.rerun());
        addCheck(check, "compensated, all features", c.rerunAllFeatures());
        addCheck(check, "random subsets of the same sizes (control)", c.randomControl());
        String[] names = c.allFeatures().toArray(String[]::new);
        Figure shift = Plots.bars("Mean shift per feature before and after compensation", names)
                .add("before (all points)", c.meanShiftBefore())
                .add("after (kept subsets)", c.meanShiftAfter())
                .xTitle("feature").yTitle("(mean Y - mean X) / pooled sd")
                .build();
        double[] flagged = {
            c.rounds().isEmpty() ? Double.NaN : c.rounds().get(0).over() + c.rounds().get(0).under(),
            flaggedOrNaN(c.rerun()), flaggedOrNaN(c.rerunAllFeatures()), flaggedOrNaN(c.randomControl())};
        Figure counts = Plots.bars("Flagged points before and after compensation", "before", "after, same features",
                "after, all features", "random removal (control)")
                .add("flagged points", flagged)
                .xTitle("detection run").yTitle("flagged points")
                .build();
        return Outputs.of(rounds.build(), check.build(), counts, shift);
    }

    private static void addCheck(Tables.Builder t, String what, ShiftDetection d) {
        if (d == null) {
            t.row(what, null, null, null);
        } else {
            t.row(what, d.referenceSize(), d.testSize(), d.flagged());
        }
    }

    private static double flaggedOrNaN(ShiftDetection d) {
        return d == null ? Double.NaN : d.flagged();
    }

    // ---------------------------------------------------------------- null

    static Outputs calibration(NullCalibration c) {
        Tables.Builder t = Tables.builder("False-positive rate under the null (" + c.replicates() + " x " + c.n()
                + " + " + c.n() + " points, " + c.dims() + " dims)")
                .doubles("alpha", "threshold").longs("flagged", "tests").doubles("rate", "rate / alpha");
        for (int a = 0; a < c.alphas().length; a++) {
            t.row(c.alphas()[a], c.thresholds()[a], c.flagged()[a], c.tests(), c.rates()[a], c.rates()[a] / c.alphas()[a]);
        }
        double[] measured = new double[c.alphas().length];
        for (int a = 0; a < measured.length; a++) {
            measured[a] = c.rates()[a] > 0 ? c.rates()[a] : Double.NaN; // a log axis cannot show 0
        }
        Figure f = Plots.lines("Flagged fraction under the null vs the per-point rate alpha").logLog()
                .x("alpha (per-point false-flag rate asked for)", c.alphas())
                .y("measured flagged fraction (0 not drawn)", measured)
                .y("rate = alpha", c.alphas())
                .yTitle("flagged fraction")
                .build();
        return Outputs.of(t.build(), f);
    }

    static Outputs comparison(NullComparison c) {
        Table t = Tables.builder("Null threshold: exact vs simulated (p = " + fmt(c.p()) + ", k = " + c.kMin() + " .. " + c.kMax() + ")")
                .strings("method").doubles("threshold", "alpha", "exact P(statistic > threshold)")
                .longs("sequences").doubles("seconds")
                .row("exact (dynamic programming)", c.exact().value(), c.exact().alpha(), c.exact().exceedance(), 0L,
                        c.exactSeconds())
                .row("simulated", c.simulated().value(), c.simulated().alpha(), c.simulated().exceedance(),
                        c.simulated().sequences(), c.simulatedSeconds())
                .build();
        double[] sim = new double[c.simulatedSurvival().length];
        for (int i = 0; i < sim.length; i++) {
            sim[i] = c.simulatedSurvival()[i] > 0 ? c.simulatedSurvival()[i] : Double.NaN;
        }
        Figure f = Plots.lines("Null survival function of the scan statistic").logY()
                .x("t", c.t())
                .y("exact P(statistic > t)", c.exactSurvival())
                .y("simulated (" + c.simulated().sequences() + " sequences)", sim)
                .yTitle("P(statistic > t)")
                .build();
        return Outputs.of(t, f);
    }

    static Outputs timing(ShiftTiming timing) {
        Tables.Builder t = Tables.builder("Detection time").ints("points", "dims", "kMax")
                .doubles("seconds", "CPU seconds").ints("threads", "flagged");
        for (ShiftTiming.Row r : timing.rows()) {
            t.row(r.points(), r.dims(), r.kMax(), r.seconds(), r.cpuSeconds(), r.threads(), r.flagged());
        }
        return Outputs.of(t.build());
    }

    static String fmt(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        return a >= 1e-3 && a < 1e5 ? String.format(Locale.ROOT, "%.4g", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
