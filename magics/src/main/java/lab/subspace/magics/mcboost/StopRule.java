package lab.subspace.magics.mcboost;

/**
 * When MCBoost stops.
 * <ul>
 * <li>{@link #FIXED}: after {@code maxRounds} updates.</li>
 * <li>{@link #TARGET}: at the first round whose audit violation is at most alpha (alpha-multicalibration).</li>
 * <li>{@link #NOISE}: at the first round whose audit is within its noise threshold at family-wise level
 * delta (significance &lt;= 1): the residual left is indistinguishable from noise, further rounds fit noise.</li>
 * <li>{@link #HOLDOUT}: at the round of least holdout risk, once it has not improved for {@code patience} rounds.</li>
 * </ul>
 */
public enum StopRule {
    FIXED, TARGET, NOISE, HOLDOUT;

    /**
     * The number of updates this rule keeps, read from a trace (the rules are functions of the
     * trace, so one long run shows where each would have stopped).
     */
    public int select(Trace trace, McOptions options) {
        int last = trace.rounds();
        switch (this) {
            case FIXED:
                return last;
            case TARGET:
                for (int t = 0; t <= last; t++) {
                    if (trace.violation()[t] <= options.alpha()) {
                        return t;
                    }
                }
                return last;
            case NOISE:
                for (int t = 0; t <= last; t++) {
                    if (trace.significance()[t] <= 1) {
                        return t;
                    }
                }
                return last;
            case HOLDOUT:
                if (!trace.hasHoldout()) {
                    throw new IllegalArgumentException("the HOLDOUT stopping rule needs holdout data");
                }
                int best = 0;
                for (int t = 0; t <= last; t++) {
                    if (trace.holdoutRisk()[t] < trace.holdoutRisk()[best]) {
                        best = t;
                    }
                    if (t - best >= options.patience()) {
                        break;
                    }
                }
                return best;
            default:
                throw new IllegalStateException(name());
        }
    }

    /** True when a run traced up to round {@code t} can stop now. */
    boolean stopsAt(Trace.Recorder trace, int t, McOptions options) {
        return switch (this) {
            case FIXED -> false;
            case TARGET -> trace.violation(t) <= options.alpha();
            case NOISE -> trace.significance(t) <= 1;
            case HOLDOUT -> t - trace.bestHoldoutRound(t) >= options.patience();
        };
    }
}
