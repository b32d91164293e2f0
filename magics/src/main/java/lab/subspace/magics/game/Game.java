package lab.subspace.magics.game;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * GAME, the convex group-aware matrix estimator of "Group-Aware Matrix Estimation and Latent
 * Subspace Recovery" (arXiv 2025): for a partially observed n x p matrix Y and overlapping row
 * groups G_1..G_K,
 *
 * <pre>
 * min_X  1/2 |P_Omega(Y - X)|_F^2 + sum_g lambda_g |X_{G_g,:}|_* + lambda_0 |X|_*
 * </pre>
 *
 * solved by ADMM with singular value thresholding per group ({@link GameOptions}; the split is
 * described in {@link GameFit}). Rows shared by several groups tie the groups' low-rank fits
 * together, so a sparsely observed group borrows structure from its neighbours while keeping
 * its own latent subspace.
 *
 * <pre>{@code
 * MaskedMatrix Y = Matrices.masked("Y", "ratings.csv");                 // NaN / empty = missing
 * GroupMembership groups = GroupTables.from("groups", Csv.read(Path.of("groups.csv")), Y.rows());
 * GameFit fit = Game.fit(Y, groups, Lambdas.fromNoise(Y, groups, 0.1));
 * DMatrixRMaj X = fit.estimate();
 * GamePath path = Game.path(Y, groups, Lambdas.fromNoise(Y, groups, 0.1), new double[] {2, 1, 0.5},
 *         GameOptions.defaults());                                        // warm-started lambda path
 * }</pre>
 */
public final class Game {

    private Game() {
    }

    /** Fits with {@link GameOptions#defaults()}. */
    public static GameFit fit(MaskedMatrix y, GroupMembership groups, Lambdas lambdas) {
        return fit(y, groups, lambdas, GameOptions.defaults(), null);
    }

    public static GameFit fit(MaskedMatrix y, GroupMembership groups, Lambdas lambdas, GameOptions options) {
        return fit(y, groups, lambdas, options, null);
    }

    /**
     * Fits, starting from a previous fit's split and dual variables (same groups and the same use
     * of a global penalty; otherwise the start is cold). A progress bar shows after one second.
     *
     * @param warmStart a previous fit, or null
     */
    public static GameFit fit(MaskedMatrix y, GroupMembership groups, Lambdas lambdas, GameOptions options,
            GameFit warmStart) {
        GameAdmm admm = new GameAdmm(y, groups, lambdas);
        try (Progress progress = Progress.start("GAME ADMM", options.maxIterations(), Duration.ofSeconds(1))) {
            GameFit fit = admm.solve(lambdas, options, warmStart, progress);
            progress.set(options.maxIterations());
            return fit;
        }
    }

    /** Fits without a progress bar: for loops that show their own. */
    static GameFit fitQuietly(MaskedMatrix y, GroupMembership groups, Lambdas lambdas, GameOptions options,
            GameFit warmStart) {
        return new GameAdmm(y, groups, lambdas).solve(lambdas, options, warmStart, null);
    }

    /**
     * A lambda path: fits at {@code base.scaled(s)} for each scale s in the given order, each
     * warm-started from the previous fit (give the scales in decreasing order: large penalties
     * converge fast and their low-rank solutions are good starts for smaller ones).
     */
    public static GamePath path(MaskedMatrix y, GroupMembership groups, Lambdas base, double[] scales,
            GameOptions options) {
        if (scales == null || scales.length == 0) {
            throw new IllegalArgumentException("the lambda path needs at least one scale");
        }
        GameAdmm admm = new GameAdmm(y, groups, base);
        List<GameFit> fits = new ArrayList<>(scales.length);
        GameFit previous = null;
        try (Progress progress = Progress.start("GAME lambda path", scales.length, Duration.ofSeconds(1))) {
            for (double s : scales) {
                Interrupts.check();
                Lambdas l = base.scaled(s);
                previous = admm.solve(l, options, previous, null);
                fits.add(previous);
                progress.step();
            }
        }
        return new GamePath(scales.clone(), List.copyOf(fits));
    }
}
