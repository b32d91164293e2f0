package lab.subspace.magics.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.linalg.GramSvt;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Svt;

/**
 * Scaled-form, over-relaxed ADMM for GAME with the splitting Z_b = S_b X, one block b per group
 * (S_b selects its rows) plus an all-rows block when lambda_0 &gt; 0:
 *
 * <pre>
 * X   = (P_Omega Y + rho sum_b S_b^T (Z_b - U_b)) / (1_Omega + rho c)     entry-wise; c_i = blocks holding row i
 * Xh  = alpha S_b X + (1 - alpha) Z_b
 * Z_b = SVT_{lambda_b / rho}(Xh + U_b)
 * U_b = U_b + Xh - Z_b
 * </pre>
 */
final class GameAdmm {

    /** Residual balancing (Boyd et al. 2011, eq. 3.13): rebalance when one residual is MU times the other. */
    private static final double MU = 10;
    private static final double TAU = 2;

    private final MaskedMatrix y;
    private final int n;
    private final int p;
    private final int[][] blocks;
    private final int groupCount;
    private final int[] coverage;

    GameAdmm(MaskedMatrix y, GroupMembership groups, Lambdas lambdas) {
        Checks.requireRows(y, groups);
        if (lambdas.groups().length != groups.count()) {
            throw new IllegalArgumentException(lambdas.groups().length + " group lambdas for " + groups.count() + " groups");
        }
        this.y = y;
        this.n = y.rows();
        this.p = y.cols();
        boolean global = lambdas.global() > 0;
        int count = groups.count() + (global ? 1 : 0);
        groupCount = groups.count();
        blocks = new int[count][];
        for (int g = 0; g < groups.count(); g++) {
            blocks[g] = groups.membersView(g);
        }
        if (global) {
            blocks[count - 1] = java.util.stream.IntStream.range(0, n).toArray();
        }
        coverage = new int[n];
        for (int[] b : blocks) {
            for (int i : b) {
                coverage[i]++;
            }
        }
        int[] uncovered = groups.uncovered();
        if (!global && uncovered.length > 0) {
            throw new IllegalArgumentException(uncovered.length + " rows belong to no group (first: row " + uncovered[0]
                    + "); add them to a group or set a global penalty lambda_0 > 0 so that they are estimated");
        }
        long doubles = 3L * n * p;
        for (int[] b : blocks) {
            doubles += 3L * b.length * p;
        }
        Memory.requireDoubles(doubles, "GAME ADMM state for a " + n + " x " + p + " matrix and " + count + " blocks");
    }

    /**
     * @param lambdas  weights for the same groups; a global weight is used only when the solver
     *                 was built with one
     * @param progress advanced once per iteration; may be null
     */
    GameFit solve(Lambdas lambdas, GameOptions options, GameFit warm, Progress progress) {
        if (lambdas.groups().length != groupCount) {
            throw new IllegalArgumentException(lambdas.groups().length + " group lambdas for " + groupCount + " groups");
        }
        int count = blocks.length;
        double[] lambda = java.util.Arrays.copyOf(lambdas.groups(), count);
        if (count > groupCount) {
            lambda[count - 1] = lambdas.global();
        }
        List<DMatrixRMaj> z = new ArrayList<>(count);
        List<DMatrixRMaj> u = new ArrayList<>(count);
        double rho = options.rho();
        if (warm != null && compatible(warm)) {
            // the group blocks carry over; a global block the warm start lacks starts at its estimate
            for (int b = 0; b < count; b++) {
                boolean carried = b < warm.splits().size();
                z.add(carried ? warm.splits().get(b).copy() : warm.estimate().copy());
                u.add(carried ? warm.duals().get(b).copy() : new DMatrixRMaj(n, p));
            }
            rho = warm.rho();
        } else {
            for (int[] b : blocks) {
                z.add(new DMatrixRMaj(b.length, p));
                u.add(new DMatrixRMaj(b.length, p));
            }
        }
        double alpha = options.relaxation();
        double epsAbs = options.absoluteTolerance() * observedRms();
        double epsRel = options.tolerance();
        long stacked = 0;
        for (int[] b : blocks) {
            stacked += (long) b.length * p;
        }
        double[] yv = y.values().data;
        double[] mv = y.mask().data;
        DMatrixRMaj x = new DMatrixRMaj(n, p);
        DMatrixRMaj changes = new DMatrixRMaj(n, p);
        DMatrixRMaj dualSum = new DMatrixRMaj(n, p);
        int max = options.maxIterations();
        double[] primal = new double[max];
        double[] dual = new double[max];
        double[] primalTol = new double[max];
        double[] dualTol = new double[max];
        double[] objective = new double[max];
        int[] ranks = new int[count];
        int it = 0;
        boolean converged = false;
        while (it < max) {
            Interrupts.check();
            updateX(x, z, u, rho, yv, mv);
            Arrays.fill(changes.data, 0);
            Arrays.fill(dualSum.data, 0);
            double r2 = 0;
            double sx2 = 0;
            double z2 = 0;
            double penalty = 0;
            // The thresholding steps are independent across blocks: run them in parallel, then
            // update the duals and residual sums in block order (overlapping rows share sums).
            DMatrixRMaj[] next = new DMatrixRMaj[count];
            double[] nuclear = new double[count];
            double rhoNow = rho;
            Parallel.forRange(count, 1, null, (lo, hi) -> {
                for (int b = lo; b < hi; b++) {
                    next[b] = threshold(b, x, z.get(b), u.get(b), alpha, lambda[b] / rhoNow, ranks, nuclear);
                }
            });
            for (int b = 0; b < count; b++) {
                int[] rows = blocks[b];
                DMatrixRMaj zb = z.get(b);
                DMatrixRMaj ub = u.get(b);
                DMatrixRMaj zn = next[b];
                penalty += lambda[b] * nuclear[b];
                for (int k = 0; k < rows.length; k++) {
                    int xo = rows[k] * p;
                    int bo = k * p;
                    for (int j = 0; j < p; j++) {
                        double xv = x.data[xo + j];
                        double znew = zn.data[bo + j];
                        double xh = alpha * xv + (1 - alpha) * zb.data[bo + j];
                        ub.data[bo + j] += xh - znew;
                        double r = xv - znew;
                        r2 += r * r;
                        sx2 += xv * xv;
                        z2 += znew * znew;
                        changes.data[xo + j] += znew - zb.data[bo + j];
                        dualSum.data[xo + j] += ub.data[bo + j];
                    }
                }
                z.set(b, zn);
            }
            primal[it] = Math.sqrt(r2);
            dual[it] = rho * norm(changes);
            primalTol[it] = Math.sqrt((double) stacked) * epsAbs + epsRel * Math.sqrt(Math.max(sx2, z2));
            dualTol[it] = Math.sqrt((double) n * p) * epsAbs + epsRel * rho * norm(dualSum);
            objective[it] = dataTerm(x, yv, mv) + penalty;
            it++;
            if (progress != null) {
                progress.step();
            }
            if (primal[it - 1] <= primalTol[it - 1] && dual[it - 1] <= dualTol[it - 1]) {
                converged = true;
                break;
            }
            if (options.adaptiveRho()) {
                double factor = primal[it - 1] > MU * dual[it - 1] ? TAU : dual[it - 1] > MU * primal[it - 1] ? 1 / TAU : 1;
                if (factor != 1) {
                    rho *= factor;
                    for (DMatrixRMaj ub : u) {
                        for (int k = 0; k < ub.data.length; k++) {
                            ub.data[k] /= factor;
                        }
                    }
                }
            }
        }
        return new GameFit(x, lambdas, it, converged, Arrays.copyOf(primal, it), Arrays.copyOf(dual, it),
                Arrays.copyOf(primalTol, it), Arrays.copyOf(dualTol, it), Arrays.copyOf(objective, it),
                exactObjective(x, yv, mv, lambda), ranks, rho, List.copyOf(z), List.copyOf(u));
    }

    /** SVT_tau(alpha S_b X + (1 - alpha) Z_b + U_b); records the block's rank and nuclear norm. */
    private DMatrixRMaj threshold(int b, DMatrixRMaj x, DMatrixRMaj zb, DMatrixRMaj ub, double alpha, double tau,
            int[] ranks, double[] nuclear) {
        int[] rows = blocks[b];
        DMatrixRMaj a = new DMatrixRMaj(rows.length, p);
        for (int k = 0; k < rows.length; k++) {
            int xo = rows[k] * p;
            int bo = k * p;
            for (int j = 0; j < p; j++) {
                a.data[bo + j] = alpha * x.data[xo + j] + (1 - alpha) * zb.data[bo + j] + ub.data[bo + j];
            }
        }
        if (tau == 0) {
            ranks[b] = Math.min(rows.length, p);
            nuclear[b] = 0; // unpenalised block: the proximal step is the identity
            return a;
        }
        Svt svt = GramSvt.svt(a, tau);
        ranks[b] = svt.rank();
        nuclear[b] = svt.nuclearNorm();
        return svt.value();
    }

    private void updateX(DMatrixRMaj x, List<DMatrixRMaj> z, List<DMatrixRMaj> u, double rho, double[] yv, double[] mv) {
        double[] num = x.data;
        for (int k = 0; k < num.length; k++) {
            num[k] = mv[k] * yv[k]; // P_Omega Y
        }
        for (int b = 0; b < blocks.length; b++) {
            int[] rows = blocks[b];
            double[] zb = z.get(b).data;
            double[] ub = u.get(b).data;
            for (int k = 0; k < rows.length; k++) {
                int xo = rows[k] * p;
                int bo = k * p;
                for (int j = 0; j < p; j++) {
                    num[xo + j] += rho * (zb[bo + j] - ub[bo + j]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double rc = rho * coverage[i];
            int o = i * p;
            for (int j = 0; j < p; j++) {
                num[o + j] /= mv[o + j] + rc;
            }
        }
    }

    /**
     * Whether a previous fit can start this one: the same group blocks (shapes), and either the
     * same blocks or one more (a global block added; the opposite drops the warm global block).
     */
    private boolean compatible(GameFit warm) {
        int have = warm.splits().size();
        if (have != warm.duals().size() || have < groupCount || have > groupCount + 1
                || warm.estimate().numRows != n || warm.estimate().numCols != p) {
            return false;
        }
        for (int b = 0; b < Math.min(have, blocks.length); b++) {
            DMatrixRMaj zb = warm.splits().get(b);
            if (zb.numRows != blocks[b].length || zb.numCols != p) {
                return false;
            }
        }
        return true;
    }

    private double observedRms() {
        double s = 0;
        double[] v = y.values().data;
        for (double d : v) {
            s += d * d;
        }
        return y.observed() == 0 ? 1 : Math.max(Math.sqrt(s / y.observed()), Double.MIN_NORMAL);
    }

    private static double dataTerm(DMatrixRMaj x, double[] yv, double[] mv) {
        double s = 0;
        for (int k = 0; k < yv.length; k++) {
            double r = mv[k] * (yv[k] - x.data[k]);
            s += r * r;
        }
        return 0.5 * s;
    }

    private double exactObjective(DMatrixRMaj x, double[] yv, double[] mv, double[] lambda) {
        double f = dataTerm(x, yv, mv);
        for (int b = 0; b < blocks.length; b++) {
            if (lambda[b] > 0) {
                DMatrixRMaj xb = RowOps.select(x, blocks[b]);
                double nuclear = 0;
                for (double s : Spectra.singularValues(xb)) {
                    nuclear += s;
                }
                f += lambda[b] * nuclear;
            }
        }
        return f;
    }

    private static double norm(DMatrixRMaj m) {
        double s = 0;
        for (double d : m.data) {
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
