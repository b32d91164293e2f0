package lab.subspace.magics.mcboost;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * MCBoost, after "Multicalibration Boosting: Theory, Convergence, and Transferability" (2025):
 * f_{t+1} = f_t + eta h_t, where h_t is the function of the audit class H that best fits the
 * residual of f_t (on the logit scale for probabilities, Newton-weighted). Multiaccuracy,
 * multicalibration, BatchGCP and BatchMVP are the choices of {@link AuditClass} and {@link Loss}.
 * The iterates approach the Bregman projection of the labels onto f_0 + span(H) (for a fixed
 * span), and {@link StopRule} decides where to stop on the calibration-risk trade-off.
 *
 * <pre>{@code
 * McBoostFit fit = McBoost.fit(train, holdout, test, AuditClass.levelSets(10), Loss.logistic(),
 *         McOptions.defaults().withRule(StopRule.NOISE));
 * double[] p = fit.predict(newData);
 * fit.train().table();          // per-group calibration, base vs post-processed
 * }</pre>
 */
public final class McBoost {

    private McBoost() {
    }

    /** {@link #fit(McData, McData, McData, AuditClass, Loss, McOptions)} without holdout or test data. */
    public static McBoostFit fit(McData train, AuditClass audit, Loss loss, McOptions options) {
        return fit(train, null, null, audit, loss, options);
    }

    /**
     * Runs MCBoost on {@code train}; {@code holdout} (for {@link StopRule#HOLDOUT}) and {@code test}
     * (reported only) may be null. No argument is modified.
     */
    public static McBoostFit fit(McData train, McData holdout, McData test, AuditClass audit, Loss loss, McOptions options) {
        if (train == null || audit == null || loss == null || options == null) {
            throw new IllegalArgumentException("train data, audit class, loss and options are required");
        }
        train.requireValid(loss);
        if (holdout != null) {
            holdout.requireValid(loss);
        }
        if (test != null) {
            test.requireValid(loss);
        }
        if (options.rule() == StopRule.HOLDOUT && holdout == null) {
            throw new IllegalArgumentException("the HOLDOUT stopping rule needs holdout data");
        }
        McPredictor replay = new McPredictor(loss, options.eta(), List.of());
        double[] s = train.baseScores(loss);
        double[] sHold = holdout == null ? null : holdout.baseScores(loss);
        double[] sTest = test == null ? null : test.baseScores(loss);
        List<AuditFunction> steps = new ArrayList<>();
        Trace.Recorder rec = new Trace.Recorder(options.maxRounds());
        String reason = "reached " + options.maxRounds() + " rounds";
        int kept = -1;
        try (Progress progress = Progress.start("MCBoost", options.maxRounds() + 1L, Duration.ofSeconds(1))) {
            for (int t = 0; ; t++) {
                Interrupts.check();
                Audit a = audit.audit(train, s, loss, options.delta());
                rec.add(a.violation(), a.significance(), risk(train, s, loss), mc(train, s, loss, options),
                        holdout == null ? Double.NaN : risk(holdout, sHold, loss),
                        test == null ? Double.NaN : risk(test, sTest, loss),
                        test == null ? Double.NaN : mc(test, sTest, loss, options));
                progress.step();
                if (options.rule().stopsAt(rec, t, options)) {
                    kept = options.rule() == StopRule.HOLDOUT ? rec.bestHoldoutRound(t) : t;
                    reason = switch (options.rule()) {
                        case TARGET -> String.format(Locale.ROOT, "violation %.3g <= alpha %.3g", a.violation(), options.alpha());
                        case NOISE -> String.format(Locale.ROOT, "audit within noise (%.2f of the threshold)", a.significance());
                        case HOLDOUT -> "holdout risk flat for " + options.patience() + " rounds";
                        case FIXED -> reason;
                    };
                    break;
                }
                if (t == options.maxRounds()) {
                    kept = options.rule() == StopRule.HOLDOUT ? rec.bestHoldoutRound(t) : t;
                    break;
                }
                steps.add(a.step());
                replay.apply(a.step(), train, s);
                if (holdout != null) {
                    replay.apply(a.step(), holdout, sHold);
                }
                if (test != null) {
                    replay.apply(a.step(), test, sTest);
                }
                progress.note(String.format(Locale.ROOT, "violation %.3g", a.violation()));
            }
        }
        Trace trace = rec.build();
        McPredictor kept0 = new McPredictor(loss, options.eta(), steps.subList(0, kept));
        CalibrationReport trainReport = CalibrationReport.of("train", train, kept0.predict(train), loss, options.bins());
        CalibrationReport testReport = test == null ? null
                : CalibrationReport.of("test", test, kept0.predict(test), loss, options.bins());
        return new McBoostFit(loss, audit.name(), options, List.copyOf(steps), kept, reason, trace, trainReport, testReport);
    }

    static double risk(McData data, double[] scores, Loss loss) {
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            sum += loss.risk(data.labels()[i], scores[i]);
        }
        return sum / scores.length;
    }

    static double mc(McData data, double[] scores, Loss loss, McOptions options) {
        double[] p = new double[scores.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = loss.prediction(scores[i]);
        }
        return McError.max(data, p, loss, options.bins());
    }
}
