package lab.subspace.magics.mcboost;

/**
 * Settings of an MCBoost run.
 *
 * <pre>{@code
 * McOptions o = McOptions.defaults().withRule(StopRule.TARGET).withAlpha(0.005).withMaxRounds(500);
 * }</pre>
 *
 * @param eta       learning rate in (0, 1]: f_{t+1} = f_t + eta h_t
 * @param maxRounds most updates
 * @param rule      when to stop
 * @param alpha     target violation of {@link StopRule#TARGET}
 * @param delta     family-wise level of {@link StopRule#NOISE}'s threshold
 * @param patience  rounds without holdout improvement before {@link StopRule#HOLDOUT} stops
 * @param bins      level sets of the reported multicalibration error ({@link McError})
 */
public record McOptions(double eta, int maxRounds, StopRule rule, double alpha, double delta, int patience, int bins) {

    public McOptions {
        if (!(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("the learning rate eta must be in (0, 1] but is " + eta);
        }
        if (maxRounds < 0) {
            throw new IllegalArgumentException("maxRounds must be >= 0 but is " + maxRounds);
        }
        if (rule == null) {
            throw new IllegalArgumentException("the stopping rule is null");
        }
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be >= 0 and finite but is " + alpha);
        }
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1) but is " + delta);
        }
        if (patience < 1) {
            throw new IllegalArgumentException("patience must be >= 1 but is " + patience);
        }
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1 but is " + bins);
        }
    }

    /** eta 0.5, 200 rounds, the noise rule at delta 0.05, alpha 0.005, patience 20, 10 bins. */
    public static McOptions defaults() {
        return new McOptions(0.5, 200, StopRule.NOISE, 0.005, 0.05, 20, 10);
    }

    public McOptions withEta(double v) {
        return new McOptions(v, maxRounds, rule, alpha, delta, patience, bins);
    }

    public McOptions withMaxRounds(int v) {
        return new McOptions(eta, v, rule, alpha, delta, patience, bins);
    }

    public McOptions withRule(StopRule v) {
        return new McOptions(eta, maxRounds, v, alpha, delta, patience, bins);
    }

    public McOptions withAlpha(double v) {
        return new McOptions(eta, maxRounds, rule, v, delta, patience, bins);
    }

    public McOptions withDelta(double v) {
        return new McOptions(eta, maxRounds, rule, alpha, v, patience, bins);
    }

    public McOptions withPatience(int v) {
        return new McOptions(eta, maxRounds, rule, alpha, delta, v, bins);
    }

    public McOptions withBins(int v) {
        return new McOptions(eta, maxRounds, rule, alpha, delta, patience, v);
    }
}
