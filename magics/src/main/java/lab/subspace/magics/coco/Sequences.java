package lab.subspace.magics.coco;

import java.util.Arrays;

/**
 * COCO problems from arrays: your own loss targets and half-spaces (e.g. loaded from .npy files).
 *
 * <pre>{@code
 * double[][] centres = ...;                  // T x d
 * double[][] rows = ...;                     // m x (d + 1): [a_i | b_i] for a_i.x <= b_i
 * CocoProblem p = Sequences.fromRows(Ball.centred(d, 2), LossClass.STRONGLY_CONVEX, 1, centres, rows, null);
 * }</pre>
 */
public final class Sequences {

    private Sequences() {
    }

    /**
     * Round t has the loss built from targets[t-1] (a centre for quadratic losses, weights for linear
     * ones) and the half-space rows[order[t-1]] (row (t-1) mod m when order is null); starts at the
     * centre of X.
     *
     * @throws IllegalArgumentException for mismatched shapes, non-finite values or indices out of range
     */
    public static CocoProblem fromRows(Ball domain, LossClass lossClass, double alpha, double[][] targets, double[][] rows,
            int[] order) {
        int d = domain.dimension();
        HalfSpace[] pool = new HalfSpace[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d + 1) {
                throw new IllegalArgumentException("half-space row " + i + " has " + rows[i].length + " values but needs d + 1 = "
                        + (d + 1) + " (normal, then offset)");
            }
            pool[i] = new HalfSpace(Arrays.copyOf(rows[i], d), rows[i][d]);
        }
        return of(domain, lossClass, alpha, targets, pool, order);
    }

    static CocoProblem of(Ball domain, LossClass lossClass, double alpha, double[][] targets, HalfSpace[] pool, int[] order) {
        int d = domain.dimension();
        int horizon = targets.length;
        if (horizon == 0) {
            throw new IllegalArgumentException("the loss targets have no rows (T = 0)");
        }
        if (pool.length == 0) {
            throw new IllegalArgumentException("no half-spaces given");
        }
        Loss[] losses = new Loss[horizon];
        for (int t = 0; t < horizon; t++) {
            double[] v = Vectors.checked("loss target row " + t, targets[t], d);
            losses[t] = lossClass == LossClass.STRONGLY_CONVEX ? Losses.quadratic(alpha, v) : Losses.linear(v);
        }
        for (HalfSpace h : pool) {
            if (h.dimension() != d) {
                throw new IllegalArgumentException("a half-space has dimension " + h.dimension() + " but X has " + d);
            }
        }
        if (order != null && order.length != horizon) {
            throw new IllegalArgumentException("order has " + order.length + " entries but there are " + horizon + " rounds");
        }
        int[] idx = new int[horizon];
        for (int t = 0; t < horizon; t++) {
            idx[t] = order == null ? t % pool.length : order[t];
            if (idx[t] < 0 || idx[t] >= pool.length) {
                throw new IllegalArgumentException("order[" + t + "] = " + idx[t] + " is not a half-space index in [0, " + pool.length
                        + ")");
            }
        }
        return new CocoProblem(domain, horizon, t -> losses[t - 1], t -> pool[idx[t - 1]], domain.centre());
    }
}
