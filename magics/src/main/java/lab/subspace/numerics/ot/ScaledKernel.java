package lab.subspace.numerics.ot;

import java.util.Arrays;

import lab.subspace.numerics.Parallel;

/**
 * The Gibbs kernel of a Sinkhorn problem in stabilised form (Schmitzer 2019, "Stabilized sparse
 * scaling algorithms for entropy regularized transport problems", arXiv:1610.06519):
 * {@code K_ij = Q_ij exp((alpha_i + beta_j - C_ij) / eps)} with scalings u, v, so that the plan is
 * {@code u_i K_ij v_j} and the duals are alpha + eps log u, beta + eps log v.
 *
 * <p>When a scaling grows past {@link #BIG} or a kernel product underflows, the scalings are folded
 * into alpha, beta and the kernel is rebuilt with its row (or column) maxima shifted to one, so no
 * row (column) of the new kernel underflows: that is one log-domain half step, and it keeps the
 * solver stable at eps far below where exp(-C / eps) underflows. Between rebuilds the work is plain
 * scaling.
 *
 * <p>One sweep reads the kernel once: for each row it forms s_i = (K v)_i, updates u_i and at once
 * adds u_i K_i into per-block column accumulators (K^T u). Blocks are fixed and summed in order,
 * so threads never change the numbers.
 */
final class ScaledKernel {

    /** Scalings beyond this are folded into the duals (products of two stay far from overflow). */
    static final double BIG = 1e50;
    /** Kernel products below this are treated as underflow. */
    static final double TINY = 1e-250;
    /** Relative scaling changes up to this take the linearised over-relaxed step. */
    static final double LINEAR_STEP = 0.05;

    enum Status { OK, ROW_TROUBLE, COLUMN_TROUBLE }

    final int n;
    final int m;
    private final double[] c;
    private final double[] logQ;
    private final double[] a;
    private final double[] b;
    private final double[] maskB;
    /** The kernel, one array per row: C2 vectorises loops over a whole array, not over a slice of a flat one. */
    private final double[][] k;
    final double[] alpha;
    final double[] beta;
    double[] u;
    double[] v;
    private double[] uNext;
    private double[] vNext;
    private final double[] s;
    private final double[] w;
    private final double[][] acc;
    private final double[] blockError;
    private final boolean[] blockTrouble;
    private final Parallel.Blocks blocks;
    private final boolean parallel;
    private double eps;
    private double invEps;
    private double rowError2;
    private double columnError2;

    /**
     * @param c    n x m cost, row-major (not modified)
     * @param logQ log(reference / (a b^T)), row-major, or null for EOT (not modified)
     */
    ScaledKernel(double[] a, double[] b, double[] c, double[] logQ, boolean parallel) {
        this.n = a.length;
        this.m = b.length;
        this.a = a;
        this.b = b;
        this.c = c;
        this.logQ = logQ;
        this.k = new double[n][m];
        this.alpha = new double[n];
        this.beta = new double[m];
        this.u = positiveOnes(a);
        this.v = positiveOnes(b);
        this.uNext = new double[n];
        this.vNext = new double[m];
        this.s = new double[n];
        this.w = new double[m];
        this.maskB = mask(b);
        this.blocks = Parallel.Blocks.of(n);
        this.parallel = parallel && Parallel.worthForking((long) n * m);
        this.acc = new double[blocks.count()][m];
        this.blockError = new double[blocks.count()];
        this.blockTrouble = new boolean[blocks.count()];
    }

    private static double[] positiveOnes(double[] weights) {
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] > 0 ? 1 : 0;
        }
        return out;
    }

    /** 0 where the weight is positive, -infinity where it is zero (excluded from row maxima). */
    private static double[] mask(double[] weights) {
        double[] out = new double[weights.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights[i] > 0 ? 0 : Double.NEGATIVE_INFINITY;
        }
        return out;
    }

    double eps() {
        return eps;
    }

    double rowError2() {
        return rowError2;
    }

    double columnError2() {
        return columnError2;
    }

    /** Sets eps (folding the current scalings first) and rebuilds the kernel with row maxima at one. */
    void setEps(double value) {
        if (eps > 0) {
            fold();
        }
        eps = value;
        invEps = 1 / value;
        rebuildRows();
    }

    /** Folds u, v into the duals: alpha += eps log u, beta += eps log v; then u = v = 1. */
    void fold() {
        for (int i = 0; i < n; i++) {
            if (a[i] > 0) {
                alpha[i] += eps * Math.log(u[i]);
                u[i] = 1;
            }
        }
        for (int j = 0; j < m; j++) {
            if (b[j] > 0) {
                beta[j] += eps * Math.log(v[j]);
                v[j] = 1;
            }
        }
    }

    /** Writes the exponent (alpha_i + beta_j - C_ij) / eps + log Q_ij of row i into the kernel. */
    private double[] exponents(int i) {
        double[] row = k[i];
        int o = i * m;
        double ai = alpha[i];
        double ie = invEps;
        if (logQ == null) {
            for (int j = 0; j < m; j++) {
                row[j] = (ai + beta[j] - c[o + j]) * ie;
            }
        } else {
            for (int j = 0; j < m; j++) {
                row[j] = (ai + beta[j] - c[o + j]) * ie + logQ[o + j];
            }
        }
        return row;
    }

    /** Folds the scalings and rebuilds K with each row's largest entry (over positive b) equal to one. */
    void rebuildRows() {
        Parallel.forBlocks(blocks, parallel, blk -> {
            double[] kScratch = new double[m];
            double[] pScratch = new double[m];
            for (int i = blocks.start(blk); i < blocks.end(blk); i++) {
                double[] row = exponents(i);
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    max = Math.max(max, row[j] + maskB[j]);
                }
                for (int j = 0; j < m; j++) {
                    row[j] -= max;
                }
                ArrayExp.exp(row, kScratch, pScratch);
                alpha[i] -= eps * max;
            }
        });
    }

    /** Same with each column's largest entry (over positive a) equal to one. */
    void rebuildColumns() {
        Parallel.forBlocks(blocks, parallel, blk -> {
            double[] colMax = acc[blk];
            Arrays.fill(colMax, Double.NEGATIVE_INFINITY);
            for (int i = blocks.start(blk); i < blocks.end(blk); i++) {
                double[] row = exponents(i);
                if (a[i] > 0) {
                    for (int j = 0; j < m; j++) {
                        colMax[j] = Math.max(colMax[j], row[j]);
                    }
                }
            }
        });
        double[] max = w;
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        for (double[] part : acc) {
            for (int j = 0; j < m; j++) {
                max[j] = Math.max(max[j], part[j]);
            }
        }
        Parallel.forBlocks(blocks, parallel, blk -> {
            double[] kScratch = new double[m];
            double[] pScratch = new double[m];
            for (int i = blocks.start(blk); i < blocks.end(blk); i++) {
                double[] row = k[i];
                for (int j = 0; j < m; j++) {
                    row[j] -= max[j];
                }
                ArrayExp.exp(row, kScratch, pScratch);
            }
        });
        for (int j = 0; j < m; j++) {
            beta[j] -= eps * max[j];
        }
    }

    /**
     * One sweep: u from v (over-relaxed by omega), then the column products K^T u and both
     * marginal errors of (u, v). Leaves v unchanged; on row trouble u is unchanged too.
     */
    Status sweep(double omega) {
        Parallel.forBlocks(blocks, parallel, blk -> rowBlock(blk, omega));
        double err = 0;
        for (int blk = 0; blk < acc.length; blk++) {
            if (blockTrouble[blk]) {
                return Status.ROW_TROUBLE;
            }
            err += blockError[blk];
        }
        rowError2 = err;
        System.arraycopy(acc[0], 0, w, 0, m);
        for (int blk = 1; blk < acc.length; blk++) {
            double[] part = acc[blk];
            for (int j = 0; j < m; j++) {
                w[j] += part[j];
            }
        }
        double col = 0;
        for (int j = 0; j < m; j++) {
            double d = v[j] * w[j] - b[j];
            col += d * d;
        }
        columnError2 = col;
        double[] t = u;
        u = uNext;
        uNext = t;
        return Status.OK;
    }

    /** v from the column products of the last sweep (over-relaxed by omega); v unchanged on trouble. */
    Status updateColumns(double omega) {
        boolean trouble = false;
        for (int j = 0; j < m; j++) {
            double bj = b[j];
            if (bj == 0) {
                vNext[j] = 0;
                continue;
            }
            double wj = w[j];
            double target = bj / wj;
            double next = omega == 1 ? target : relax(v[j], target, omega);
            if (!(wj > TINY) || !(next < BIG)) {
                trouble = true;
            }
            vNext[j] = next;
        }
        if (trouble) {
            return Status.COLUMN_TROUBLE;
        }
        double[] t = v;
        v = vNext;
        vNext = t;
        return Status.OK;
    }

    private void rowBlock(int blk, double omega) {
        double[] part = acc[blk];
        Arrays.fill(part, 0);
        double[] vv = v;
        double[] t = new double[4];
        double err = 0;
        boolean trouble = false;
        int end = blocks.end(blk);
        for (int i = blocks.start(blk); i < end; i += 4) {
            // four rows at a time; a block's last one to three rows repeat its last row with scaling
            // zero (0 K_i adds exactly nothing), which is faster than one row with a single sum
            int rows = Math.min(4, end - i);
            double[] k0 = k[i];
            double[] k1 = k[i + Math.min(1, rows - 1)];
            double[] k2 = k[i + Math.min(2, rows - 1)];
            double[] k3 = k[i + rows - 1];
            dots(k0, k1, k2, k3, vv, t);
            for (int r = 0; r < 4; r++) {
                if (r < rows) {
                    double si = t[r];
                    double ui = scaling(i + r, si, omega);
                    trouble |= Double.isNaN(ui);
                    err += sq(ui * si - a[i + r]);
                    t[r] = ui;
                } else {
                    t[r] = 0;
                }
            }
            addRows(part, t[0], k0, t[1], k1, t[2], k2, t[3], k3);
        }
        blockError[blk] = err;
        blockTrouble[blk] = trouble;
    }

    /**
     * out[0..3] = the products of four kernel rows with v; four independent sums hide the latency
     * of each addition. A method of its own (as {@link #addRows}) so that the loop's compiled code
     * does not depend on the caller's branch profile: inlined, it ran up to 40% slower after
     * alternating plain and over-relaxed sweeps (whole solves measured the same either way).
     */
    private static void dots(double[] k0, double[] k1, double[] k2, double[] k3, double[] v, double[] out) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int j = 0; j < v.length; j++) {
            double vj = v[j];
            s0 += k0[j] * vj;
            s1 += k1[j] * vj;
            s2 += k2[j] * vj;
            s3 += k3[j] * vj;
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
    }

    /** part += u0 k0 + u1 k1 + u2 k2 + u3 k3 (element-wise, which C2 vectorises). */
    private static void addRows(double[] part, double u0, double[] k0, double u1, double[] k1, double u2, double[] k2,
                                double u3, double[] k3) {
        for (int j = 0; j < part.length; j++) {
            part[j] += (u0 * k0[j] + u1 * k1[j]) + (u2 * k2[j] + u3 * k3[j]);
        }
    }

    /** The new u_i for row product si (stored in uNext); NaN signals underflow or overflow. */
    private double scaling(int i, double si, double omega) {
        s[i] = si;
        double ai = a[i];
        if (ai == 0) {
            uNext[i] = 0;
            return 0;
        }
        double target = ai / si;
        double next = omega == 1 ? target : relax(u[i], target, omega);
        uNext[i] = next;
        return si > TINY && next < BIG ? next : Double.NaN;
    }

    /**
     * The over-relaxed step old * (target / old)^omega when it increases the dual objective (which
     * is separable in the scalings), else the plain step: with r = target / old the gain is
     * proportional to omega log r - r^(omega - 1) + 1 / r (Thibault et al. 2017), so every sweep is
     * an ascent step and convergence is kept far from the solution. Near the fixed point
     * (|r - 1| <= {@link #LINEAR_STEP}) the first-order step old * (1 + omega (r - 1)) is taken
     * instead: same fixed point, gain about (r - 1)^2 omega (1 - omega / 2) > 0, and no pow or log
     * per entry (which would cost as much as the sweep itself at n = 1000).
     */
    private static double relax(double old, double target, double omega) {
        double r = target / old;
        double d = r - 1;
        if (Math.abs(d) <= LINEAR_STEP) {
            return old * (1 + omega * d);
        }
        double ro = Math.pow(r, omega);
        return omega * Math.log(r) - ro / r + 1 / r >= 0 ? old * ro : target;
    }

    private static double sq(double t) {
        return t * t;
    }

    /** The plan, its cost and marginal error, and the duals, from the current state. */
    record Finished(double[] plan, double cost, double marginalError, double[] f, double[] g) {
    }

    /**
     * The plan u_i K_ij v_j as a new row-major array (the kernel rows are released as they are
     * copied), with its cost, its exact marginal error and the duals.
     */
    Finished finish() {
        double[] plan = new double[n * m];
        double[] rowSum = new double[n];
        double[] costPart = new double[acc.length];
        double[] soft = s;
        Parallel.forBlocks(blocks, parallel, blk -> {
            double[] part = acc[blk];
            Arrays.fill(part, 0);
            double total = 0;
            for (int i = blocks.start(blk); i < blocks.end(blk); i++) {
                double[] row = k[i];
                int o = i * m;
                double ui = u[i];
                double kv = 0;
                double sum = 0;
                for (int j = 0; j < m; j++) {
                    double kij = row[j];
                    part[j] += ui * kij;   // K^T u, before v: gives the soft c-transform where b_j = 0
                    kv += kij * v[j];
                    double p = ui * kij * v[j];
                    plan[o + j] = p;
                    sum += p;
                    total += p * c[o + j];
                }
                k[i] = null;
                soft[i] = kv;
                rowSum[i] = sum;
            }
            costPart[blk] = total;
        });
        double cost = 0;
        for (double t : costPart) {
            cost += t;
        }
        double[] ktu = w;
        System.arraycopy(acc[0], 0, ktu, 0, m);
        for (int blk = 1; blk < acc.length; blk++) {
            for (int j = 0; j < m; j++) {
                ktu[j] += acc[blk][j];
            }
        }
        double err = 0;
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            err += sq(rowSum[i] - a[i]);
            f[i] = a[i] > 0 ? alpha[i] + eps * Math.log(u[i] / a[i]) : alpha[i] - eps * Math.log(soft[i]);
        }
        double[] g = new double[m];
        for (int j = 0; j < m; j++) {
            err += sq(v[j] * ktu[j] - b[j]);
            g[j] = b[j] > 0 ? beta[j] + eps * Math.log(v[j] / b[j]) : beta[j] - eps * Math.log(ktu[j]);
        }
        return new Finished(plan, cost, Math.sqrt(err), f, g);
    }
}
