package lab.subspace.magics.game;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.data.MaskedMatrix;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Runs GAME and its baselines (global soft-impute, per-group soft-impute, mean imputation) on one
 * data set with the same tuning protocol ({@link ComparisonOptions}) and scores them per group:
 * the experiment of "Group-Aware Matrix Estimation and Latent Subspace Recovery" in which GAME is
 * expected to win on the under-sampled group when groups have distinct subspaces, and to tie when
 * they share one.
 *
 * <pre>{@code
 * ComparisonReport r = Comparison.synthetic(GroupedLowRank.sample(SyntheticSpec.paper(), 0),
 *         ComparisonOptions.defaults(0.1));
 * double gain = r.gain(0);                                       // GAME vs global on group 0
 * ComparisonReport mine = Comparison.run("my data", Y, groups, null, null,
 *         ComparisonOptions.defaults(Double.NaN));               // no truth: held-out RMSE only
 * }</pre>
 */
public final class Comparison {

    /** Candidate fits on the training entries stop at this multiple of the solver tolerance. */
    static final double CANDIDATE_TOLERANCE = 3;

    private Comparison() {
    }

    /** Compares on a synthetic sample, scoring against its truth and true subspaces. */
    public static ComparisonReport synthetic(SyntheticData d, ComparisonOptions options) {
        return run(title(d), d.observed(), d.groups(), d.truth(), d.bases(), options, d, true);
    }

    private static String title(SyntheticData d) {
        SyntheticSpec s = d.spec();
        return String.format(java.util.Locale.ROOT, "%s subspaces, %d x %d, %d groups, %s at %.0f%%, others at %.0f%%",
                s.shared() ? "Shared" : "Distinct", s.rows(), s.cols(), s.groups(),
                s.sparseGroup() < 0 ? "no group" : "group " + d.groups().name(s.sparseGroup()), 100 * s.sparseRate(),
                100 * s.rate());
    }

    /** {@link #synthetic} without its own progress bar, for experiments that show one. */
    static ComparisonReport syntheticQuietly(SyntheticData d, ComparisonOptions options) {
        return run(title(d), d.observed(), d.groups(), d.truth(), d.bases(), options, d, false);
    }

    /**
     * Compares on any data.
     *
     * @param truth the true matrix, or null (then only held-out RMSEs are reported)
     * @param bases true p x r_g subspaces per group for the sin-Theta error, or null (then they are
     *              taken from the truth's blocks when a truth is given)
     */
    public static ComparisonReport run(String title, MaskedMatrix y, GroupMembership groups, DMatrixRMaj truth,
            List<DMatrixRMaj> bases, ComparisonOptions options) {
        return run(title, y, groups, truth, bases, options, null, true);
    }

    private static ComparisonReport run(String title, MaskedMatrix y, GroupMembership groups, DMatrixRMaj truth,
            List<DMatrixRMaj> bases, ComparisonOptions o, SyntheticData data, boolean showProgress) {
        Checks.requireRows(y, groups);
        if (y.observed() == 0) {
            throw new IllegalArgumentException("Y has no observed entries");
        }
        if (truth != null) {
            Matrices.requireSameShape("the truth", truth, "Y", y.values());
            Matrices.requireFinite("the truth", truth);
            if (bases == null) {
                bases = Evaluation.bases(truth, groups, null);
            }
        }
        double[] shares = groups.uncovered().length == 0 ? o.globalShares()
                : Arrays.stream(o.globalShares()).filter(t -> t > 0).toArray();
        if (shares.length == 0 && o.methods().contains(Method.GAME)) {
            throw new IllegalArgumentException(groups.uncovered().length + " rows belong to no group (first: row "
                    + groups.uncovered()[0] + "); GAME needs a global share t > 0 to estimate them");
        }
        double sigma = Double.isNaN(o.sigma()) ? observedRms(y) : o.sigma();
        double[] grid = o.grid();
        boolean selecting = grid.length > 1 || (shares.length > 1 && o.methods().contains(Method.GAME));
        Holdout split = selecting ? Holdout.split(y, o.holdout(), o.seed()) : null;
        MaskedMatrix train = split == null ? y : split.train();
        long work = 0;
        for (Method m : o.methods()) {
            work += m == Method.MEAN ? 1 : (split == null ? 0 : (long) grid.length * (m == Method.GAME ? shares.length : 1)) + 1;
        }
        List<MethodResult> results = new ArrayList<>();
        GameFit gameFit = null;
        // quiet: a bar that never appears (the calling experiment shows its own)
        try (Progress progress = Progress.start("GAME comparison", work,
                showProgress ? Duration.ofSeconds(1) : Duration.ofDays(365))) {
            for (Method m : o.methods()) {
                Interrupts.check();
                Tuned t = tuned(m, y, train, split, groups, sigma, grid, shares, o, progress);
                if (t.state instanceof GameFit f) {
                    gameFit = f;
                }
                results.add(score(m, t, truth, bases, groups));
            }
        }
        return new ComparisonReport(title, groups, sigma, grid, shares, List.copyOf(results), gameFit, data);
    }

    /** A method's final estimate with what chose it. */
    private record Tuned(DMatrixRMaj estimate, double scale, double share, double[][] curves, double[] heldOut,
            int iterations, Object state) {
    }

    /**
     * One penalised method: a fit at {@code scale} (and {@code share}) times its lambda rule on
     * {@code data}, warm-started; candidate fits stop at {@link #CANDIDATE_TOLERANCE} times the
     * tolerance, since they only rank the candidates.
     */
    private interface Solver<S> {
        S fit(MaskedMatrix data, double scale, double share, S warm, boolean candidate);

        DMatrixRMaj estimate(S state);

        int iterations(S state);
    }

    /** Per-group soft-impute's state. */
    private record Separate(DMatrixRMaj estimate, int iterations) {
    }

    private static Tuned tuned(Method m, MaskedMatrix y, MaskedMatrix train, Holdout split, GroupMembership groups,
            double sigma, double[] grid, double[] shares, ComparisonOptions o, Progress progress) {
        double[] none = {Double.NaN};
        return switch (m) {
            case GAME -> tune(new Solver<GameFit>() {
                public GameFit fit(MaskedMatrix data, double scale, double share, GameFit warm, boolean candidate) {
                    Lambdas l = gameLambdas(data, groups, sigma, share).scaled(scale);
                    GameOptions options = candidate ? o.game().withTolerance(loose(o.game().tolerance())) : o.game();
                    return new GameAdmm(data, groups, l).solve(l, options, warm, null);
                }

                public DMatrixRMaj estimate(GameFit s) {
                    return s.estimate();
                }

                public int iterations(GameFit s) {
                    return s.iterations();
                }
            }, y, train, split, groups, grid, shares, progress);
            case GLOBAL -> tune(new Solver<Completion>() {
                public Completion fit(MaskedMatrix data, double scale, double share, Completion warm, boolean candidate) {
                    return SoftImpute.run(data, scale * Lambdas.globalFromNoise(data, sigma), completion(o, candidate),
                            warm == null ? null : warm.estimate(), null);
                }

                public DMatrixRMaj estimate(Completion s) {
                    return s.estimate();
                }

                public int iterations(Completion s) {
                    return s.iterations();
                }
            }, y, train, split, groups, grid, none, progress);
            case SEPARATE -> tune(new Solver<Separate>() {
                public Separate fit(MaskedMatrix data, double scale, double share, Separate warm, boolean candidate) {
                    int[] its = new int[1];
                    double[] l = Lambdas.fromNoise(data, groups, sigma).scaled(scale).groups();
                    DMatrixRMaj est = Baselines.separate(data, groups, l, completion(o, candidate),
                            warm == null ? null : warm.estimate(), its);
                    return new Separate(est, its[0]);
                }

                public DMatrixRMaj estimate(Separate s) {
                    return s.estimate();
                }

                public int iterations(Separate s) {
                    return s.iterations();
                }
            }, y, train, split, groups, grid, none, progress);
            case MEAN -> {
                double[] held = split == null ? null
                        : Evaluation.heldOutRmse(Baselines.columnMeans(train), split.test(), groups);
                progress.step();
                yield new Tuned(Baselines.columnMeans(y), Double.NaN, Double.NaN, new double[0][],
                        heldOrNaN(held, groups), 0, null);
            }
        };
    }

    /**
     * Fits along the grid on the training entries (for each share, kappa from large to small,
     * warm-started), keeps the candidate with the lowest group-averaged held-out RMSE, and refits
     * on all entries from that fit. Without a split: one fit at the first candidate.
     */
    private static <S> Tuned tune(Solver<S> solver, MaskedMatrix y, MaskedMatrix train, Holdout split,
            GroupMembership groups, double[] grid, double[] shares, Progress progress) {
        double[][] curves = new double[split == null ? 0 : shares.length][grid.length];
        double[] bestHeld = null;
        S best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        int bestScale = 0;
        int bestShare = 0;
        S chainStart = null;
        for (int t = 0; split != null && t < shares.length; t++) {
            S previous = chainStart;
            for (int k = 0; k < grid.length; k++) {
                Interrupts.check();
                previous = solver.fit(train, grid[k], shares[t], previous, true);
                if (k == 0) {
                    chainStart = previous;
                }
                double[] held = Evaluation.heldOutRmse(solver.estimate(previous), split.test(), groups);
                curves[t][k] = groupAverage(held);
                if (best == null || curves[t][k] < bestScore) {
                    best = previous;
                    bestScore = curves[t][k];
                    bestScale = k;
                    bestShare = t;
                    bestHeld = held;
                }
                progress.step();
            }
        }
        S fit = solver.fit(y, grid[bestScale], shares[bestShare], best, false);
        progress.step();
        return new Tuned(solver.estimate(fit), grid[bestScale], shares[bestShare], curves, heldOrNaN(bestHeld, groups),
                solver.iterations(fit), fit);
    }

    private static double loose(double tolerance) {
        return Math.min(0.5, CANDIDATE_TOLERANCE * tolerance);
    }

    private static CompletionOptions completion(ComparisonOptions o, boolean candidate) {
        return candidate ? o.completion().withTolerance(loose(o.completion().tolerance())) : o.completion();
    }

    /** Mean of the per-group held-out RMSEs over the groups that have held-out entries. */
    static double groupAverage(double[] held) {
        double s = 0;
        int count = 0;
        for (int g = 0; g < held.length - 1; g++) {
            if (!Double.isNaN(held[g])) {
                s += held[g];
                count++;
            }
        }
        return count == 0 ? held[held.length - 1] : s / count;
    }

    private static MethodResult score(Method m, Tuned t, DMatrixRMaj truth, List<DMatrixRMaj> bases,
            GroupMembership groups) {
        double[] rmse = nan(groups.count());
        double[] sin = nan(groups.count());
        double all = Double.NaN;
        if (truth != null) {
            rmse = Evaluation.rmse(t.estimate, truth, groups);
            sin = Evaluation.sinTheta(t.estimate, groups, bases);
            all = Evaluation.rmse(t.estimate, truth);
        }
        double[] perGroup = Arrays.copyOf(t.heldOut, groups.count());
        return new MethodResult(m, t.scale, m == Method.GAME ? t.share : Double.NaN, t.curves, rmse, sin, perGroup, all,
                t.heldOut[groups.count()], t.iterations, t.estimate);
    }

    /** GAME's weights at kappa = 1 for global share t: (1 - t) rule_g per group and t rule_global. */
    static Lambdas gameLambdas(MaskedMatrix y, GroupMembership groups, double sigma, double share) {
        Lambdas l = Lambdas.fromNoise(y, groups, sigma).scaled(1 - share);
        return share > 0 ? l.withGlobal(share * Lambdas.globalFromNoise(y, sigma)) : l;
    }

    static double observedRms(MaskedMatrix y) {
        double s = 0;
        for (double v : y.values().data) {
            s += v * v;
        }
        double rms = Math.sqrt(s / y.observed());
        if (!(rms > 0)) {
            throw new IllegalArgumentException("all observed entries of Y are 0: give the noise level sigma explicitly");
        }
        return rms;
    }

    private static double[] heldOrNaN(double[] held, GroupMembership groups) {
        return held == null ? nan(groups.count() + 1) : held;
    }

    private static double[] nan(int n) {
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        return out;
    }
}
