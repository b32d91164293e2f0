package lab.subspace.magics.mcboost;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * What {@link Tradeoff#run} measured.
 *
 * @param spec      the settings
 * @param fit       the fixed-length run (trace over all rounds)
 * @param baseAuc   test AUROC of the base predictor
 * @param bayesAuc  test AUROC of the Bayes predictor
 * @param bayesRisk test log loss of the Bayes predictor
 * @param bayesMc   test multicalibration error of the Bayes predictor (the sampling-noise floor)
 * @param atNoise   per-group calibration on the test set of the predictor kept by {@link StopRule#NOISE}
 */
public record TradeoffReport(Tradeoff.Spec spec, McBoostFit fit, double baseAuc, double bayesAuc, double bayesRisk,
        double bayesMc, CalibrationReport atNoise) {

    /** The round where {@code rule} stops. */
    public int stop(StopRule rule) {
        return fit.stopRound(rule);
    }

    /** Test risk at round t. */
    public double testRisk(int t) {
        return fit.trace().testRisk()[t];
    }

    /** Round of least test risk. */
    public int bestRound() {
        return fit.trace().bestTestRound();
    }

    /** Test risk at the rule's stop minus the least test risk over all rounds. */
    public double gap(StopRule rule) {
        return testRisk(stop(rule)) - testRisk(bestRound());
    }

    /** One row per stopping rule, plus the base predictor and the oracle (best test round). */
    public Table stops() {
        Trace t = fit.trace();
        Tables.Builder b = Tables.builder("stopping rules on one run (test log loss; Bayes " + String.format(
                java.util.Locale.ROOT, "%.4f", bayesRisk) + ")").strings("rule").ints("round")
                .doubles("test risk", "gap to best", "train MC error", "test MC error");
        b.row("base predictor", 0, t.testRisk()[0], t.testRisk()[0] - testRisk(bestRound()), t.trainMc()[0], t.testMc()[0]);
        for (StopRule r : StopRule.values()) {
            int k = stop(r);
            String name = switch (r) {
                case FIXED -> "run to " + t.rounds() + " rounds";
                case TARGET -> "target alpha = " + fit.options().alpha();
                case NOISE -> "noise (delta = " + fit.options().delta() + ")";
                case HOLDOUT -> "holdout (patience " + fit.options().patience() + ")";
            };
            b.row(name, k, t.testRisk()[k], gap(r), t.trainMc()[k], t.testMc()[k]);
        }
        int best = bestRound();
        b.row("oracle: best test round", best, t.testRisk()[best], 0.0, t.trainMc()[best], t.testMc()[best]);
        return b.build();
    }

    /** Base predictor: accurate (AUROC near Bayes) yet miscalibrated. */
    public Table accuracy() {
        Trace t = fit.trace();
        return Tables.builder("accurate but miscalibrated base predictor (test)").strings("predictor")
                .doubles("AUROC", "log loss", "MC error").row("Bayes", bayesAuc, bayesRisk, bayesMc)
                .row("base", baseAuc, t.testRisk()[0], t.testMc()[0]).build();
    }

    /** Multicalibration error vs rounds, train and test, with the target alpha. */
    public Figure mcFigure() {
        Trace t = fit.trace();
        double[] x = t.roundAxis();
        double[] alpha = new double[x.length];
        java.util.Arrays.fill(alpha, fit.options().alpha());
        return Plots.lines("Multicalibration error falls with the rounds (" + fit.audit() + ")").logY()
                .x("round", x).y("train MC error", t.trainMc()).y("test MC error", t.testMc())
                .y("target alpha", alpha).yTitle("max cell |E[1_c (y - p)]|").build();
    }

    /** Train, holdout and test risk vs rounds, with the stops marked. */
    public Figure riskFigure() {
        Trace t = fit.trace();
        double[] x = t.roundAxis();
        var chart = Plots.lines("Calibration-risk trade-off: test risk is U-shaped in the rounds").x("round", x)
                .y("train log loss", t.trainRisk()).y("holdout log loss", t.holdoutRisk()).y("test log loss", t.testRisk());
        double lo = Math.min(min(t.trainRisk()), min(t.testRisk()));
        double hi = Math.max(t.testRisk()[0], max(t.testRisk()));
        for (StopRule r : new StopRule[] {StopRule.TARGET, StopRule.NOISE, StopRule.HOLDOUT}) {
            int k = stop(r);
            chart.series("stop: " + r.name().toLowerCase(java.util.Locale.ROOT) + " (round " + k + ")",
                    new double[] {k, k}, new double[] {lo, hi});
        }
        return chart.yTitle("mean log loss").build();
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }
}
