package lab.subspace.magics.game;

import java.util.EnumSet;
import java.util.List;

/**
 * How {@link Comparison} fits and tunes the methods.
 *
 * <p>Every penalised method uses the noise-level rule of {@link Lambdas} times a scale kappa. GAME
 * also mixes in the global penalty: {@code lambda_g = kappa (1 - t) rule_g} and
 * {@code lambda_0 = kappa t rule_global} for a global share t. Kappa (and t for GAME) are chosen
 * from the grids by the held-out RMSE averaged over the groups (each group counts equally, so a
 * sparsely observed group is not drowned by the well-observed ones; the same protocol for every
 * method, no use of the truth); then the method is refitted on all observed entries from the
 * chosen fit. With a single grid point there is no selection and nothing is held out. The
 * candidate fits stop at three times the solvers' tolerance: they only have to rank the
 * candidates; the final fit uses the tolerance itself.
 *
 * <pre>{@code
 * ComparisonOptions o = ComparisonOptions.defaults(0.1).withScales(1.0);   // kappa fixed at 1
 * }</pre>
 *
 * @param sigma        noise level for the lambda rule; NaN when unknown, then the RMS of the
 *                     observed entries is used and the default scales reach down to 2^-7
 * @param scales       candidate kappas, in decreasing order (fits are warm-started along them);
 *                     null for the default grid
 * @param holdout      fraction of observed entries held out to choose kappa, in (0, 1)
 * @param globalShares candidate global shares t in [0, 1) for GAME (t = 0: group penalties only;
 *                     skipped when some row is in no group)
 * @param methods      the methods to run
 * @param seed         seed of the held-out split
 * @param game         ADMM settings
 * @param completion   soft-impute settings (global and per-group baselines)
 */
public record ComparisonOptions(double sigma, double[] scales, double holdout, double[] globalShares, List<Method> methods,
        long seed, GameOptions game, CompletionOptions completion) {

    public ComparisonOptions {
        if (!Double.isNaN(sigma) && (!(sigma > 0) || Double.isInfinite(sigma))) {
            throw new IllegalArgumentException("sigma must be positive and finite (or NaN for unknown) but is " + sigma);
        }
        if (scales != null) {
            if (scales.length == 0) {
                throw new IllegalArgumentException("give at least one lambda scale");
            }
            for (int k = 0; k < scales.length; k++) {
                if (!(scales[k] >= 0) || Double.isInfinite(scales[k])) {
                    throw new IllegalArgumentException("lambda scale " + k + " must be finite and >= 0 but is " + scales[k]);
                }
                if (k > 0 && scales[k] >= scales[k - 1]) {
                    throw new IllegalArgumentException("lambda scales must decrease (warm starts go from large to small "
                            + "penalties) but scale " + k + " = " + scales[k] + " follows " + scales[k - 1]);
                }
            }
        }
        if (!(holdout > 0 && holdout < 1)) {
            throw new IllegalArgumentException("the held-out fraction must be in (0, 1) but is " + holdout);
        }
        if (globalShares == null || globalShares.length == 0) {
            throw new IllegalArgumentException("give at least one global share (0 = group penalties only)");
        }
        for (int k = 0; k < globalShares.length; k++) {
            if (!(globalShares[k] >= 0 && globalShares[k] < 1)) {
                throw new IllegalArgumentException("global share " + k + " must be in [0, 1) but is " + globalShares[k]);
            }
        }
        globalShares = globalShares.clone();
        if (methods == null || methods.isEmpty()) {
            throw new IllegalArgumentException("choose at least one method");
        }
        methods = List.copyOf(EnumSet.copyOf(methods));
        if (game == null || completion == null) {
            throw new IllegalArgumentException("solver options may not be null");
        }
    }

    /**
     * All four methods, the default kappa grid, global shares {0, 0.5, 0.8}, 10% held out, seed 0,
     * and solver tolerances 1e-3 (the tuning runs many fits; 1e-4 changes the RMSEs by about 1%).
     */
    public static ComparisonOptions defaults(double sigma) {
        return new ComparisonOptions(sigma, null, 0.1, new double[] {0, 0.5, 0.8}, List.of(Method.values()), 0,
                GameOptions.defaults().withTolerance(1e-3), CompletionOptions.defaults().withTolerance(1e-3));
    }

    /** The kappa grid: the given scales, or 1, 1/2, 1/4 (sigma known) / 2^0 .. 2^-7 (unknown). */
    public double[] grid() {
        if (scales != null) {
            return scales.clone();
        }
        int from = 0;
        int to = Double.isNaN(sigma) ? -7 : -2;
        double[] g = new double[from - to + 1];
        for (int k = 0; k < g.length; k++) {
            g[k] = Math.pow(2, from - k);
        }
        return g;
    }

    public ComparisonOptions withScales(double... values) {
        return new ComparisonOptions(sigma, values, holdout, globalShares, methods, seed, game, completion);
    }

    public ComparisonOptions withHoldout(double value) {
        return new ComparisonOptions(sigma, scales, value, globalShares, methods, seed, game, completion);
    }

    public ComparisonOptions withGlobalShares(double... value) {
        return new ComparisonOptions(sigma, scales, holdout, value, methods, seed, game, completion);
    }

    public ComparisonOptions withMethods(List<Method> value) {
        return new ComparisonOptions(sigma, scales, holdout, globalShares, value, seed, game, completion);
    }

    public ComparisonOptions withSeed(long value) {
        return new ComparisonOptions(sigma, scales, holdout, globalShares, methods, value, game, completion);
    }

    public ComparisonOptions withGame(GameOptions value) {
        return new ComparisonOptions(sigma, scales, holdout, globalShares, methods, seed, value, completion);
    }

    public ComparisonOptions withCompletion(CompletionOptions value) {
        return new ComparisonOptions(sigma, scales, holdout, globalShares, methods, seed, game, value);
    }
}
