package lab.subspace.magics.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.BarChart;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * How GAME's results look in a notebook: a table of the numbers, then figures (registered as
 * presenters, so a magic call and a Java cell returning the same record show the same thing).
 *
 * <pre>{@code
 * Outputs o = GameViews.comparison(report);
 * Figure f = GameViews.residuals(fit);
 * }</pre>
 */
public final class GameViews {

    private GameViews() {
    }

    /** Table of per-group scores, error bars per group, validation curves, GAME's ADMM residuals. */
    public static Outputs comparison(ComparisonReport r) {
        Outputs out = Outputs.of(comparisonTable(r));
        boolean truth = r.results().stream().anyMatch(m -> !Double.isNaN(m.rmse()));
        String[] categories = groupLabels(r);
        if (truth) {
            out = out.and(groupBars("RMSE per group (lower is better)", "RMSE against the truth", categories, r,
                    MethodResult::groupRmse));
            out = out.and(groupBars("sin-Theta subspace error per group (lower is better)",
                    "|sin Theta(V_hat, V)|_F", categories, r, MethodResult::groupSinTheta));
        } else if (r.results().stream().anyMatch(m -> !Double.isNaN(m.heldOut()))) {
            out = out.and(groupBars("Held-out RMSE per group (lower is better)", "RMSE on held-out entries", categories, r,
                    MethodResult::groupHeldOut));
        }
        Figure curves = validationCurves(r);
        if (curves != null) {
            out = out.and(curves);
        }
        if (r.gameFit() != null) {
            out = out.and(residuals(r.gameFit()));
        }
        return out;
    }

    /** One row per method and group. */
    public static Table comparisonTable(ComparisonReport r) {
        Tables.Builder b = Tables.builder(r.title()).strings("method", "group").doubles("kappa", "global share t", "RMSE",
                "sin Theta", "held-out RMSE").ints("iterations");
        for (MethodResult m : r.results()) {
            for (int g = 0; g < r.groups().count(); g++) {
                b.row(m.method().label(), r.groups().name(g), m.scale(), m.globalShare(), m.groupRmse()[g],
                        m.groupSinTheta()[g], m.groupHeldOut()[g], m.iterations());
            }
        }
        return b.build();
    }

    /** Group-averaged held-out RMSE against kappa for every candidate, or null without selection. */
    public static Figure validationCurves(ComparisonReport r) {
        LineChart c = Plots.lines("Penalty choice: held-out RMSE averaged over groups").logX().x("penalty scale kappa",
                r.scales()).yTitle("held-out RMSE (group average)");
        boolean any = false;
        for (MethodResult m : r.results()) {
            double[][] v = m.validation();
            for (int t = 0; t < v.length; t++) {
                String name = m.method() == Method.GAME
                        ? String.format(Locale.ROOT, "GAME, global share t = %s", trim(r.shares()[t])) : m.method().label();
                c.y(name, v[t]);
                any = true;
            }
        }
        return any ? c.build() : null;
    }

    /** Primal and dual residuals of an ADMM run with their tolerances (log scale). */
    public static Figure residuals(GameFit fit) {
        double[] it = new double[fit.iterations()];
        for (int i = 0; i < it.length; i++) {
            it[i] = i + 1;
        }
        return Plots.lines(String.format(Locale.ROOT, "GAME ADMM residuals (%s after %d iterations)",
                fit.converged() ? "converged" : "not converged", fit.iterations())).logY().x("iteration", it)
                .yTitle("residual").y("primal |S X - Z|", positive(fit.primalResidual()))
                .y("primal tolerance", positive(fit.primalTolerance())).y("dual rho |S^T dZ|", positive(fit.dualResidual()))
                .y("dual tolerance", positive(fit.dualTolerance())).build();
    }

    /** A GAME fit: its diagnostics and residual figure. */
    public static Outputs fit(GameFit fit) {
        Tables.Builder b = Tables.builder("GAME fit").strings("quantity", "value");
        b.row("iterations", Integer.toString(fit.iterations()));
        b.row("converged", Boolean.toString(fit.converged()));
        b.row("primal residual / tolerance", String.format(Locale.ROOT, "%.3g / %.3g", fit.finalPrimal(), fit.finalPrimalTolerance()));
        b.row("dual residual / tolerance", String.format(Locale.ROOT, "%.3g / %.3g", fit.finalDual(), fit.finalDualTolerance()));
        b.row("objective", String.format(Locale.ROOT, "%.6g", fit.objectiveValue()));
        b.row("ranks of Z (groups, then global)", java.util.Arrays.toString(fit.groupRanks()));
        b.row("final rho", String.format(Locale.ROOT, "%.3g", fit.rho()));
        return Outputs.of(b.build(), residuals(fit));
    }

    /** Table per rate and method; RMSE and sin-Theta of the under-sampled group against its rate. */
    public static Outputs sweep(SweepReport s) {
        int g = s.spec().sparseGroup();
        Tables.Builder b = Tables.builder("Sampling-density sweep of group " + s.reports().get(0).groups().name(g))
                .doubles("sampling rate").strings("method").doubles("RMSE", "sin Theta", "gain over global");
        for (int i = 0; i < s.rates().length; i++) {
            ComparisonReport r = s.reports().get(i);
            boolean both = s.methods().contains(Method.GAME) && s.methods().contains(Method.GLOBAL);
            for (Method m : s.methods()) {
                b.row(s.rates()[i], m.label(), r.rmse(m, g), r.sinTheta(m, g), m == Method.GAME && both ? r.gain(g) : null);
            }
        }
        String group = s.reports().get(0).groups().name(g);
        String others = " (others at " + trim(100 * s.spec().rate()) + "%)";
        LineChart rmse = Plots.lines("RMSE of group " + group + " against its sampling rate" + others).logX()
                .x("sampling rate of group " + group, s.rates()).yTitle("RMSE against the truth");
        LineChart sin = Plots.lines("sin-Theta error of group " + group + " against its sampling rate" + others).logX()
                .x("sampling rate of group " + group, s.rates()).yTitle("|sin Theta(V_hat, V)|_F");
        for (Method m : s.methods()) {
            rmse.y(m.label(), s.sparseRmse(m));
            sin.y(m.label(), s.sparseSinTheta(m));
        }
        return Outputs.of(b.build(), rmse.build(), sin.build());
    }

    /** Table per kappa; errors and iterations along the path. */
    public static Outputs path(PathReport p) {
        Tables.Builder b = Tables.builder("Lambda path (GAME global share t = " + trim(p.globalShare()) + ")")
                .doubles("kappa", "GAME RMSE", "GAME RMSE group", "GAME sin Theta group", "global RMSE", "global RMSE group",
                        "global sin Theta group").ints("ADMM warm", "ADMM cold", "soft-impute");
        for (int i = 0; i < p.scales().length; i++) {
            b.row(p.scales()[i], p.gameRmse()[i], p.gameGroupRmse()[i], p.gameSinTheta()[i], p.globalRmse()[i],
                    p.globalGroupRmse()[i], p.globalSinTheta()[i], p.warmIterations()[i], p.coldIterations()[i],
                    p.globalIterations()[i]);
        }
        Figure errors = Plots.lines("Error along the lambda path").logX().x("penalty scale kappa", p.scales())
                .yTitle("RMSE against the truth").y("GAME, whole matrix", p.gameRmse())
                .y("global soft-impute, whole matrix", p.globalRmse()).y("GAME, group g" + p.group(), p.gameGroupRmse())
                .y("global soft-impute, group g" + p.group(), p.globalGroupRmse()).build();
        Figure iterations = Plots.lines(String.format(Locale.ROOT, "ADMM iterations per kappa: %d warm-started vs %d cold",
                p.totalWarm(), p.totalCold())).logX().x("penalty scale kappa", p.scales()).yTitle("ADMM iterations")
                .y("warm start", toDouble(p.warmIterations())).y("cold start", toDouble(p.coldIterations())).build();
        return Outputs.of(b.build(), errors, iterations);
    }

    private static Figure groupBars(String title, String yTitle, String[] categories, ComparisonReport r,
            java.util.function.Function<MethodResult, double[]> values) {
        BarChart c = Plots.bars(title, categories).xTitle("row group").yTitle(yTitle);
        for (MethodResult m : r.results()) {
            c.add(m.method().label(), values.apply(m));
        }
        return c.build();
    }

    private static String[] groupLabels(ComparisonReport r) {
        List<String> out = new ArrayList<>();
        for (int g = 0; g < r.groups().count(); g++) {
            String name = r.groups().name(g);
            if (r.data() != null && g == r.sparseGroup()) {
                name += String.format(Locale.ROOT, " (%s%% observed)", trim(100 * r.data().spec().sparseRate()));
            }
            out.add(name);
        }
        return out.toArray(String[]::new);
    }

    private static double[] positive(double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            if (!(out[i] > 0)) {
                out[i] = Double.NaN; // a log axis cannot show 0: leave a gap
            }
        }
        return out;
    }

    private static double[] toDouble(int[] v) {
        return java.util.Arrays.stream(v).asDoubleStream().toArray();
    }

    /** 3 significant digits without trailing zeros: 0.5, 12, 0.125. */
    private static String trim(double v) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.3g", v)).stripTrailingZeros().toPlainString();
    }
}
