package lab.subspace.magics.coco;

import java.util.Objects;

/**
 * Settings of a run.
 *
 * <pre>{@code
 * CocoOptions o = CocoOptions.of(StepSize.stronglyConvex(1)).withPenaltyWeight(0.5).withTolerance(1e-10);
 * }</pre>
 *
 * @param step          eta_t of the projection method
 * @param baselineStep  eta_t of the penalty baseline (its surrogate loss is not strongly convex, so a
 *                      D/(G sqrt t) schedule is usual)
 * @param penaltyWeight lambda of the baseline, &gt;= 0
 * @param tolerance     Dykstra and feasibility tolerance, &gt; 0
 * @param maxSweeps     Dykstra pass limit per projection, &gt;= 1
 * @param checkpoints   horizons at which regret, CCV and path length are reported (increasing, in
 *                      [1, T]); null for about five per decade up to T
 */
public record CocoOptions(StepSize step, StepSize baselineStep, double penaltyWeight, double tolerance, int maxSweeps,
        int[] checkpoints) {

    public CocoOptions {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(baselineStep, "baselineStep");
        if (!(penaltyWeight >= 0) || Double.isInfinite(penaltyWeight)) {
            throw new IllegalArgumentException("penalty weight must be finite and >= 0 but is " + penaltyWeight);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0 but is " + tolerance);
        }
        if (maxSweeps < 1) {
            throw new IllegalArgumentException("maxSweeps must be >= 1 but is " + maxSweeps);
        }
        if (checkpoints != null) {
            checkpoints = checkpoints.clone();
            for (int i = 0; i < checkpoints.length; i++) {
                if (checkpoints[i] < 1 || (i > 0 && checkpoints[i] <= checkpoints[i - 1])) {
                    throw new IllegalArgumentException("checkpoints must be increasing and >= 1 but checkpoint " + i + " is "
                            + checkpoints[i]);
                }
            }
        }
    }

    /** The step for both methods, lambda = 1, tolerance 1e-10, 10 000 passes, default checkpoints. */
    public static CocoOptions of(StepSize step) {
        return new CocoOptions(step, step, 1, 1e-10, 10_000, null);
    }

    @Override
    public int[] checkpoints() {
        return checkpoints == null ? null : checkpoints.clone();
    }

    public CocoOptions withBaselineStep(StepSize s) {
        return new CocoOptions(step, s, penaltyWeight, tolerance, maxSweeps, checkpoints);
    }

    public CocoOptions withPenaltyWeight(double lambda) {
        return new CocoOptions(step, baselineStep, lambda, tolerance, maxSweeps, checkpoints);
    }

    public CocoOptions withTolerance(double tol) {
        return new CocoOptions(step, baselineStep, penaltyWeight, tol, maxSweeps, checkpoints);
    }

    public CocoOptions withCheckpoints(int... horizons) {
        return new CocoOptions(step, baselineStep, penaltyWeight, tolerance, maxSweeps, horizons);
    }

    /** The checkpoints for horizon T: the given ones (which must not exceed T) or about five per decade, T included. */
    int[] checkpointsFor(int horizon) {
        if (checkpoints != null) {
            if (checkpoints.length == 0 || checkpoints[checkpoints.length - 1] > horizon) {
                throw new IllegalArgumentException("checkpoints must be non-empty and at most T = " + horizon);
            }
            return checkpoints.clone();
        }
        java.util.TreeSet<Integer> ts = new java.util.TreeSet<>();
        for (double e = 1; e < Math.log10(horizon); e += 0.2) {
            ts.add((int) Math.round(Math.pow(10, e)));
        }
        ts.add(horizon);
        return ts.stream().mapToInt(Integer::intValue).filter(t -> t <= horizon).toArray();
    }
}
