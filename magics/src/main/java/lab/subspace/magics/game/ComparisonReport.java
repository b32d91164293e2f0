package lab.subspace.magics.game;

import java.util.List;

/**
 * GAME and its baselines on one data set: per-group RMSE, sin-Theta subspace error and held-out
 * RMSE for each method, the validation curves that chose each penalty, and GAME's final fit
 * (with its ADMM residuals).
 *
 * @param title     what was compared (shown above the table)
 * @param groups    the row groups
 * @param sigma     noise level the lambda rule used (given, or the RMS of the observed entries)
 * @param scales    candidate kappas
 * @param shares    candidate global shares of GAME
 * @param results   one result per method, in {@link Method} order
 * @param gameFit   GAME's final fit, or null when GAME was not run
 * @param data      the synthetic sample, or null for a user's data
 */
public record ComparisonReport(String title, GroupMembership groups, double sigma, double[] scales, double[] shares,
        List<MethodResult> results, GameFit gameFit, SyntheticData data) {

    /** The result of a method. */
    public MethodResult result(Method method) {
        return results.stream().filter(r -> r.method() == method).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(method.label() + " was not run; methods: "
                        + results.stream().map(r -> r.method().label()).toList()));
    }

    /** RMSE of a method on a group. */
    public double rmse(Method method, int group) {
        return result(method).groupRmse()[group];
    }

    /** sin-Theta distance of a method on a group. */
    public double sinTheta(Method method, int group) {
        return result(method).groupSinTheta()[group];
    }

    /**
     * Relative RMSE gain of GAME over global soft-impute on a group:
     * {@code (rmse_global - rmse_GAME) / rmse_global} (positive when GAME is better).
     */
    public double gain(int group) {
        double global = rmse(Method.GLOBAL, group);
        return (global - rmse(Method.GAME, group)) / global;
    }

    /** The same gain for the sin-Theta distance. */
    public double sinThetaGain(int group) {
        double global = sinTheta(Method.GLOBAL, group);
        return (global - sinTheta(Method.GAME, group)) / global;
    }

    /** The under-sampled group of a synthetic sample (-1 for user data or none). */
    public int sparseGroup() {
        return data == null ? -1 : data.spec().sparseGroup();
    }
}
