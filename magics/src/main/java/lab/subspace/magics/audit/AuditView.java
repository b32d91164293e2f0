package lab.subspace.magics.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Interval;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * How the audit's results are shown: a table of the numbers, then the figures. Registered as
 * presenters, so {@code %subspace-audit ...} and a Java cell returning the same record look alike.
 *
 * <pre>{@code
 * Table t = AuditView.table(report);
 * Figure f = AuditView.cumulativeFigure(report);
 * }</pre>
 */
public final class AuditView {

    private AuditView() {
    }

    // ---------------------------------------------------------------- one layer

    public static Outputs present(AuditReport r) {
        Outputs out = Outputs.of(table(r), cumulativeFigure(r));
        return r.ablation() == null ? out : out.and(ablationFigure(r));
    }

    /** One row per variant: ranks and rho_eps (uncentered and centered), |cos|, interval, kappa_lb. */
    public static Table table(AuditReport r) {
        Tables.Builder b = Tables.builder("Effective-rank audit (eps = " + num(r.options().eps()) + ")")
                .strings("variant").ints("n", "d", "rank_eps").doubles("rho_eps").ints("rank_eps centered")
                .doubles("rho_eps centered", "rank/min(d,n)", "|cos| v1", "best |cos|").ints("best k")
                .doubles("CI low", "CI high", "kappa_lb", "2/(eps r)");
        for (VariantAudit v : r.variants()) {
            Interval ci = v.interval();
            GapDiagnostic g = v.gap();
            b.row(v.variant().label(), v.uncentered().samples(), v.uncentered().dimension(), v.uncentered().rankEps(),
                    v.uncentered().rho(), v.centered().rankEps(), v.centered().rho(),
                    (r.options().center() ? v.centered() : v.uncentered()).rankFraction(),
                    nan(v.leadingCosine()), nan(v.bestCosine()), v.bestIndex() < 0 ? null : v.bestIndex() + 1,
                    ci == null ? null : ci.lower(), ci == null ? null : ci.upper(),
                    g == null ? null : g.kappaLb(), g == null ? null : g.bound());
        }
        return b.build();
    }

    /** Cumulative share of sum s_i^2 against k, one line per variant. */
    public static Figure cumulativeFigure(AuditReport r) {
        boolean centered = r.options().center();
        LineChart chart = Plots.lines("Cumulative variance of the shift (" + (centered ? "centered" : "uncentered") + ")")
                .xTitle("k (leading singular directions)").yTitle("share of sum s_i^2");
        int shown = shownComponents(r.variants().stream()
                .map(v -> centered ? v.centered() : v.uncentered()).toList());
        for (VariantAudit v : r.variants()) {
            RankProfile p = centered ? v.centered() : v.uncentered();
            chart.series(v.variant().label() + " (rank_eps " + p.rankEps() + ")", ks(shown, p),
                    head(p.cumulativeEnergy(), shown));
        }
        chart.series("1 - eps", new double[] {1, shown}, new double[] {1 - r.options().eps(), 1 - r.options().eps()});
        return chart.build();
    }

    /** The downstream score against the number of ablated directions: leading vs random. */
    public static Figure ablationFigure(AuditReport r) {
        String title = "Ablating the leading " + r.ablated().label() + " directions vs random rank-k projectors";
        return ablationChart(title, r.downstream(), List.of(r.ablated().label()), List.of(r.ablation())).build();
    }

    // ---------------------------------------------------------------- layers

    public static Outputs present(LayerReport r) {
        Outputs out = Outputs.of(layerTable(r), rhoFigure(r), layerCumulativeFigure(r));
        return r.gaps().isEmpty() ? out : out.and(gapFigure(r)).and(gapSummary(r));
    }

    /** One row per layer and variant. */
    public static Table layerTable(LayerReport r) {
        Tables.Builder b = Tables.builder("Effective-rank audit per layer").strings("layer", "variant")
                .ints("rank_eps").doubles("rho_eps").ints("rank_eps centered").doubles("rho_eps centered", "|cos| v1",
                        "CI low", "CI high", "kappa_lb vs Dc");
        for (int i = 0; i < r.reports().size(); i++) {
            for (VariantAudit v : r.reports().get(i).variants()) {
                Interval ci = v.interval();
                b.row(r.names().get(i), v.variant().label(), v.uncentered().rankEps(), v.uncentered().rho(),
                        v.centered().rankEps(), v.centered().rho(), nan(v.leadingCosine()),
                        ci == null ? null : ci.lower(), ci == null ? null : ci.upper(),
                        v.gap() == null ? null : v.gap().kappaLb());
            }
        }
        return b.build();
    }

    /** rho_eps per layer, one line per variant (uncentered or centered as audited). */
    public static Figure rhoFigure(LayerReport r) {
        boolean centered = r.reports().get(0).options().center();
        double[] x = new double[r.reports().size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        LineChart chart = Plots.lines("rho_eps per layer (" + (centered ? "centered" : "uncentered") + ")")
                .x("layer (index in " + r.names().get(0) + " ... " + r.names().get(x.length - 1) + ")", x)
                .yTitle("rho_eps = rank_eps / d");
        for (VariantAudit first : r.reports().get(0).variants()) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                VariantAudit v = r.reports().get(i).variant(first.variant());
                y[i] = (centered ? v.centered() : v.uncentered()).rho();
            }
            chart.y(first.variant().label(), y);
        }
        return chart.build();
    }

    /** The primary variant's cumulative-variance curve, one line per layer. */
    public static Figure layerCumulativeFigure(LayerReport r) {
        boolean centered = r.reports().get(0).options().center();
        List<RankProfile> profiles = new ArrayList<>();
        for (AuditReport a : r.reports()) {
            VariantAudit v = a.variant(r.primary());
            profiles.add(centered ? v.centered() : v.uncentered());
        }
        int shown = shownComponents(profiles);
        LineChart chart = Plots.lines("Cumulative variance per layer, " + r.primary().label() + " shift")
                .xTitle("k (leading singular directions)").yTitle("share of sum s_i^2");
        for (int i = 0; i < profiles.size(); i++) {
            chart.series(r.names().get(i), ks(shown, profiles.get(i)), head(profiles.get(i).cumulativeEnergy(), shown));
        }
        return chart.build();
    }

    /** kappa_lb for each ordered pair (layer, reference layer) as a heatmap. */
    public static Figure gapFigure(LayerReport r) {
        int n = r.names().size();
        double[][] z = new double[n][n];
        for (double[] row : z) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        for (SpectralGap.LayerPair p : r.gaps()) {
            z[p.layer()][p.reference()] = p.gap().kappaLb();
        }
        String[] names = r.names().toArray(String[]::new);
        return Plots.heatmap("kappa_lb per layer pair (" + r.primary().label() + " shift; hypothesis needs >= 1)", z)
                .x("reference layer", names).y("layer", names).colorbar("kappa_lb").firstRowOnTop().build();
    }

    /** Counts of the spectral-gap hypothesis and of the structural bound over the layer pairs. */
    public static Table gapSummary(LayerReport r) {
        long bound = r.gaps().stream().filter(p -> p.gap().boundHolds()).count();
        double maxRatio = r.gaps().stream().mapToDouble(p -> p.gap().kappaLb() / p.gap().bound()).max().orElse(0);
        return Tables.builder("Spectral-gap diagnostic over ordered layer pairs").ints("pairs")
                .longs("kappa_lb >= 1", "kappa_lb <= 2/(eps r)").doubles("max kappa_lb / bound")
                .row(r.gaps().size(), r.gapHypothesisCount(), bound, maxRatio).build();
    }

    // ---------------------------------------------------------------- calibration

    public static Outputs present(CalibrationResult r) {
        return Outputs.of(calibrationTable(r), calibrationAblationFigure(r), calibrationRhoFigure(r),
                calibrationGapTable(r));
    }

    /** One row per fine-tuning variant. */
    public static Table calibrationTable(CalibrationResult r) {
        Tables.Builder b = Tables.builder("Constructive calibration (" + r.config() + ", base accuracy "
                + num(r.baseAccuracy()) + ", " + String.format(Locale.ROOT, "%.1f s", r.seconds()) + ")")
                .strings("variant").doubles("lambda").ints("rank_eps").doubles("rho_eps").ints("rank_eps centered")
                .doubles("rho_eps centered", "compliance", "task accuracy", "final loss");
        for (CalibrationVariant v : r.variants()) {
            b.row(v.name(), v.lambda(), v.uncentered().rankEps(), v.rho(), v.centered().rankEps(), v.centered().rho(),
                    v.compliance(), v.taskAccuracy(), nan(v.finalLoss()));
        }
        return b.build();
    }

    /** Compliance against the number of ablated shift directions, per variant. */
    public static Figure calibrationAblationFigure(CalibrationResult r) {
        List<String> names = r.variants().stream().map(CalibrationVariant::name).toList();
        List<AblationCurve> curves = r.variants().stream().map(CalibrationVariant::ablation).toList();
        return ablationChart("Compliance under ablation of the top-r shift directions (last hidden layer)",
                "compliance (refusal rate on safety probes)", names, curves).build();
    }

    /** rho_eps of each variant at each hidden layer. */
    public static Figure calibrationRhoFigure(CalibrationResult r) {
        int layers = r.variants().get(0).layerRho().size();
        double[] x = new double[layers];
        for (int i = 0; i < layers; i++) {
            x[i] = i + 1;
        }
        LineChart chart = Plots.lines("rho_eps of the shift per hidden layer").x("hidden layer", x).yTitle("rho_eps");
        for (CalibrationVariant v : r.variants()) {
            chart.y(v.name(), v.layerRho().stream().mapToDouble(Double::doubleValue).toArray());
        }
        return chart.build();
    }

    /** kappa_lb for every variant and ordered pair of hidden layers. */
    public static Table calibrationGapTable(CalibrationResult r) {
        Tables.Builder b = Tables.builder("Spectral-gap diagnostic: " + r.gapHypothesisCount() + " of " + r.gaps().size()
                + " combinations satisfy kappa_lb >= 1").strings("variant").ints("layer", "reference", "r")
                .doubles("kappa_lb", "2/(eps r)").booleans("kappa_lb >= 1");
        for (CalibrationResult.GapRow g : r.gaps()) {
            b.row(g.variant(), g.layer() + 1, g.reference() + 1, g.gap().r(), g.gap().kappaLb(), g.gap().bound(),
                    g.gap().hypothesisHolds());
        }
        return b.build();
    }

    // ---------------------------------------------------------------- helpers

    private static LineChart ablationChart(String title, String yTitle, List<String> names, List<AblationCurve> curves) {
        LineChart chart = Plots.lines(title).xTitle("directions removed (k)").yTitle(yTitle);
        for (int i = 0; i < curves.size(); i++) {
            AblationCurve c = curves.get(i);
            chart.series(names.get(i) + ": leading", c.kValues(), c.top());
        }
        for (int i = 0; i < curves.size(); i++) {
            AblationCurve c = curves.get(i);
            chart.series(names.get(i) + ": random (" + c.draws() + " draws)", c.kValues(), c.randomMean())
                    .band(c.randomLow(), c.randomHigh());
        }
        return chart;
    }

    /** Enough components to show every curve reach its rank_eps, at least 10, at most the spectrum. */
    private static int shownComponents(List<RankProfile> profiles) {
        int want = 10;
        int available = Integer.MAX_VALUE;
        for (RankProfile p : profiles) {
            want = Math.max(want, 2 * p.rankEps());
            available = Math.min(available, p.cumulativeEnergy().length);
        }
        return Math.max(1, Math.min(want, available));
    }

    private static double[] ks(int shown, RankProfile p) {
        double[] x = new double[Math.min(shown, p.cumulativeEnergy().length)];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    private static double[] head(double[] v, int n) {
        return java.util.Arrays.copyOf(v, Math.min(n, v.length));
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
