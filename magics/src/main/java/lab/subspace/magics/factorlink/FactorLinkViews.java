package lab.subspace.magics.factorlink;

import java.util.Locale;

import lab.subspace.display.Outputs;
import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * How the factor-link results look in a notebook: a table of the numbers, then figures
 * (registered as presenters, so a magic call and a Java cell returning the same record agree).
 *
 * <pre>{@code
 * Outputs o = FactorLinkViews.convergence(report);
 * Figure f = FactorLinkViews.linkFigure(fit);
 * }</pre>
 */
public final class FactorLinkViews {

    /** Points at which links are drawn. */
    static final int CURVE_POINTS = 121;

    private FactorLinkViews() {
    }

    /** A fit on (your) data: summary, the estimated link, and the training error per iteration. */
    public static Outputs fit(FactorLinkFit fit) {
        Table t = Tables.builder("Nonlinear factor model fit").strings("method").ints("rank", "iterations")
                .booleans("converged").doubles("train RMSE", "relative error vs truth")
                .row(fit.method(), fit.rank(), fit.iterations(), fit.converged(), fit.trainRmse()[fit.trainRmse().length - 1],
                        fit.finalError())
                .build();
        Outputs out = Outputs.of(t, linkFigure(fit));
        LineChart c = Plots.lines("Training RMSE on the observed entries per iteration").logY()
                .x("iteration", iterations(fit.trainRmse().length)).yTitle("RMSE on observed entries")
                .y("training RMSE", positive(fit.trainRmse()));
        if (fit.truthError().length > 0) {
            c.y("relative error vs truth", positive(fit.truthError()));
        }
        return out.and(c.build());
    }

    /** The estimated link over the range of the fitted index. */
    public static Figure linkFigure(FactorLinkFit fit) {
        double[] z = range(fit);
        return Plots.lines("Estimated monotone link g(z), z = f_i^T l_j normalised to RMS 1").x("index z", z)
                .yTitle("g(z)").y("estimated link", fit.link().values(z)).build();
    }

    /** Table per (link, noise), error against iteration, and estimated against true link per link. */
    public static Outputs convergence(ConvergenceReport r) {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT, "Convergence: %d x %d, rank %d, %.0f%% missing",
                r.spec().rows(), r.spec().cols(), r.spec().rank(), 100 * r.spec().missing()))
                .strings("link").doubles("noise", "BCD error", "oracle error", "linear error", "fitted rate")
                .ints("iterations");
        for (ConvergenceRun run : r.runs()) {
            b.row(run.link().formula(), run.noise(), run.nonlinear().finalError(), run.oracle().finalError(),
                    run.linearError(), run.rate(), run.nonlinear().iterations());
        }
        LineChart c = Plots.lines("Relative error against iteration (BCD with estimated link)").logY()
                .xTitle("iteration").yTitle("|g_hat(F L^T) - M|_F / |M - mean M|_F");
        for (ConvergenceRun run : r.runs()) {
            double[] e = run.nonlinear().truthError();
            c.series(String.format(Locale.ROOT, "%s, noise %s", run.link().formula(), trim(run.noise())),
                    iterations(e.length), positive(e));
        }
        Outputs out = Outputs.of(b.build(), c.build());
        for (ConvergenceRun run : r.runs()) {
            if (run == firstOf(r, run.link())) {
                out = out.and(linkComparison(run));
            }
        }
        return out;
    }

    /** True link and the estimated one drawn on the true index axis (z_hat = z / a). */
    public static Figure linkComparison(ConvergenceRun run) {
        EstimatedLink est = (EstimatedLink) run.nonlinear().link();
        double a = run.indexScale();
        double lo = est.zMin() * a;
        double hi = est.zMax() * a;
        double[] z = new double[CURVE_POINTS];
        double[] fitted = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            z[k] = lo + (hi - lo) * k / (CURVE_POINTS - 1);
            fitted[k] = est.value(z[k] / a);
        }
        return Plots.lines(String.format(Locale.ROOT, "Estimated vs true link %s (noise %s)", run.link().formula(),
                trim(run.noise()))).x("true index z = f_i^T l_j", z).yTitle("g(z)")
                .y("true " + run.link().formula(), run.link().values(z)).y("estimated", fitted).build();
    }

    /** Long table and one figure of final error against the swept parameter. */
    public static Outputs sweep(SweepReport s) {
        Tables.Builder b = Tables.builder("Final relative error against the " + s.parameter()).strings("link", "method")
                .doubles(s.parameter(), "relative error");
        LineChart c = Plots.lines("Relative error against the " + s.parameter()).logY().xTitle(s.parameter())
                .yTitle("relative error vs truth");
        if (s.parameter().startsWith("noise")) {
            c.logX();
        }
        for (SweepReport.Series series : s.series()) {
            for (int k = 0; k < s.values().length; k++) {
                b.row(series.link().formula(), series.method(), s.values()[k], series.errors()[k]);
            }
            c.series(series.link().formula() + ": " + series.method(), s.values(), positive(series.errors()));
        }
        return Outputs.of(b.build(), c.build());
    }

    private static ConvergenceRun firstOf(ConvergenceReport r, Link link) {
        return r.runs().stream().filter(x -> x.link() == link).findFirst().orElseThrow();
    }

    private static double[] range(FactorLinkFit fit) {
        double lo;
        double hi;
        if (fit.link() instanceof EstimatedLink e) {
            lo = e.zMin();
            hi = e.zMax();
        } else {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (double v : fit.index().data) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double[] z = new double[CURVE_POINTS];
        for (int k = 0; k < CURVE_POINTS; k++) {
            z[k] = lo + (hi - lo) * k / (CURVE_POINTS - 1);
        }
        return z;
    }

    private static double[] iterations(int count) {
        double[] x = new double[count];
        for (int k = 0; k < count; k++) {
            x[k] = k;
        }
        return x;
    }

    /** Exact zeros (a perfect oracle fit) become NaN gaps on a log axis. */
    private static double[] positive(double[] v) {
        double[] out = v.clone();
        for (int k = 0; k < out.length; k++) {
            if (!(out[k] > 0)) {
                out[k] = Double.NaN;
            }
        }
        return out;
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
