package lab.subspace.magics.mcboost;

import java.util.List;

import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;

/**
 * The result of {@link McBoost#fit}: every update computed, the round kept by the stopping rule,
 * the trace and the per-group calibration on the training data (and on the test data when given).
 *
 * @param loss       the loss
 * @param audit      the audit class's name
 * @param options    the settings
 * @param all        every update computed (the run may go past the kept round only for {@link StopRule#HOLDOUT})
 * @param stopRound  number of updates kept
 * @param stopReason why the run stopped, in words
 * @param trace      per-round diagnostics (entries 0..all.size())
 * @param train      calibration per group on the training data, base vs the kept predictor
 * @param test       the same on the test data, or null
 */
public record McBoostFit(Loss loss, String audit, McOptions options, List<AuditFunction> all, int stopRound,
        String stopReason, Trace trace, CalibrationReport train, CalibrationReport test) {

    /** The post-processed predictor (the kept updates). */
    public McPredictor predictor() {
        return new McPredictor(loss, options.eta(), all.subList(0, stopRound));
    }

    /** Post-processed predictions on new data. */
    public double[] predict(McData data) {
        return predictor().predict(data);
    }

    /** Where each stopping rule would stop on this run's trace (needs a run with {@link StopRule#FIXED}). */
    public int stopRound(StopRule rule) {
        return rule.select(trace, options);
    }

    /** Summary: rounds, stop, violation and risks at the base and at the kept round. */
    public Table summary() {
        int k = stopRound;
        Tables.Builder b = Tables.builder("MCBoost (" + loss.name() + ", " + audit + ")").strings("quantity", "value");
        b.row("stopping rule", options.rule().name().toLowerCase(java.util.Locale.ROOT) + " (" + stopReason + ")");
        b.row("updates kept / computed", k + " / " + all.size());
        b.row("audit violation: base -> kept", fmt(trace.violation()[0]) + " -> " + fmt(trace.violation()[k]));
        b.row("MC error (train): base -> kept", fmt(trace.trainMc()[0]) + " -> " + fmt(trace.trainMc()[k]));
        b.row("risk (train): base -> kept", fmt(trace.trainRisk()[0]) + " -> " + fmt(trace.trainRisk()[k]));
        if (trace.hasHoldout()) {
            b.row("risk (holdout): base -> kept", fmt(trace.holdoutRisk()[0]) + " -> " + fmt(trace.holdoutRisk()[k]));
        }
        if (trace.hasTest()) {
            b.row("MC error (test): base -> kept", fmt(trace.testMc()[0]) + " -> " + fmt(trace.testMc()[k]));
            b.row("risk (test): base -> kept", fmt(trace.testRisk()[0]) + " -> " + fmt(trace.testRisk()[k]));
        }
        return b.build();
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.4g", v);
    }
}
