package lab.subspace.magics.mcboost;

import lab.subspace.numerics.stats.Auroc;

/**
 * The calibration-risk trade-off experiment [reconstructed]: an accurate but miscalibrated base
 * classifier ({@link Synthetic#miscalibrated}) boosted for a fixed number of rounds while the
 * multicalibration error and the train / holdout / test risks are traced; every stopping rule is
 * then read off the same trace and compared with the round of least test risk.
 *
 * <pre>{@code
 * TradeoffReport r = Tradeoff.run(Tradeoff.Spec.defaults());
 * r.stops();       // rule, round, test risk, gap to the best round
 * }</pre>
 */
public final class Tradeoff {

    private Tradeoff() {
    }

    /**
     * @param train     training rows (the holdout has as many)
     * @param test      test rows
     * @param sharpness over-confidence of the base logit
     * @param audit     the audit class
     * @param options   boosting settings (the rule is ignored: the run is {@link StopRule#FIXED})
     * @param seed      seed of the three samples
     */
    public record Spec(int train, int test, double sharpness, AuditClass audit, McOptions options, long seed) {

        /** 3000 train / holdout, 10000 test, sharpness 1.8, groups x 10 level sets, eta 0.5, 300 rounds, seed 1. */
        public static Spec defaults() {
            return new Spec(3000, 10000, 1.8, AuditClass.levelSets(10), McOptions.defaults().withMaxRounds(300), 1);
        }
    }

    public static TradeoffReport run(Spec spec) {
        Synthetic.Sample train = Synthetic.miscalibrated(spec.train(), spec.sharpness(), spec.seed());
        Synthetic.Sample holdout = Synthetic.miscalibrated(spec.train(), spec.sharpness(), spec.seed() + 1);
        Synthetic.Sample test = Synthetic.miscalibrated(spec.test(), spec.sharpness(), spec.seed() + 2);
        Loss loss = Loss.logistic();
        McBoostFit fit = McBoost.fit(train.data(), holdout.data(), test.data(), spec.audit(), loss,
                spec.options().withRule(StopRule.FIXED));
        double[] y = test.data().labels();
        int[] labels = new int[y.length];
        double bayesRisk = 0;
        for (int i = 0; i < y.length; i++) {
            labels[i] = (int) y[i];
            bayesRisk += loss.risk(y[i], loss.score(test.truth()[i]));
        }
        bayesRisk /= y.length;
        double baseAuc = Auroc.of(test.data().base(), labels);
        double bayesAuc = Auroc.of(test.truth(), labels);
        double bayesMc = McError.max(test.data(), test.truth(), loss, spec.options().bins());
        int k = fit.stopRound(StopRule.NOISE);
        CalibrationReport atNoise = CalibrationReport.of("test, noise-rule stop at round " + k, test.data(),
                fit.predictor().truncate(k).predict(test.data()), loss, spec.options().bins());
        return new TradeoffReport(spec, fit, baseAuc, bayesAuc, bayesRisk, bayesMc, atNoise);
    }
}
