package lab.subspace.magics.sinkhorn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.ot.Directions;
import lab.subspace.numerics.ot.ExactResult;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import lab.subspace.numerics.ot.SinkhornOptions;
import lab.subspace.numerics.ot.SinkhornResult;
import lab.subspace.numerics.ot.SlicedResult;
import lab.subspace.numerics.random.Rng;

/**
 * Plan accuracy against exact OT as eps and L vary, for EOT, SROT and SOT ("Sliced-Regularized
 * Optimal Transport", 2025: SROT's plan is closer to the exact plan than EOT's at the same eps, and
 * closer than the sliced plan it starts from). Measures the relative cost error (cost - exact) /
 * exact and the L1 distance sum_ij |P_ij - P*_ij| to the exact plan, averaged over problems.
 *
 * <pre>{@code
 * AccuracyReport r = AccuracySweep.synthetic(200, 3, new double[] {0.1, 0.03, 0.01, 0.003, 0.001},
 *         new int[] {10, 100}, 0L);
 * AccuracyReport mine = AccuracySweep.run(List.of(OtProblem.of(x, y)), new double[] {0.01}, new int[] {100},
 *         0L, AccuracySweep.options());
 * }</pre>
 */
public final class AccuracySweep {

    private AccuracySweep() {
    }

    /**
     * The Sinkhorn options of the sweep: tolerance 1e-9, eps-scaling (the small eps values need it)
     * and at most 5000 sweeps. SROT with few slices (L = 10) and eps below about 0.01 max C can
     * creep along at a marginal error near 1e-7 (its reference is nearly sparse, so the kernel
     * spans many orders of magnitude); such a run stops at the cap and is reported as not converged.
     */
    public static SinkhornOptions options() {
        return SinkhornOptions.defaults().withEpsScaling(true).withMaxIter(5_000);
    }

    /**
     * The sweep on {@code problems} random problems of n points each: x ~ N(0, I_2) and
     * y ~ N((3, 0), diag(4, 0.25)) ({@link OtClouds#isotropic}, {@link OtClouds#stretched}).
     */
    public static AccuracyReport synthetic(int n, int problems, double[] eps, int[] slices, long seed) {
        if (problems < 1) {
            throw new IllegalArgumentException("need at least one problem, got " + problems);
        }
        Rng rng = new Rng(seed);
        List<OtProblem> list = new ArrayList<>();
        for (int k = 0; k < problems; k++) {
            list.add(OtProblem.of(OtClouds.isotropic(n, rng.nextLong()), OtClouds.stretched(n, rng.nextLong())));
        }
        return run(list, eps, slices, rng.nextLong(), options());
    }

    /**
     * The sweep on given problems (all of the same size n x m, with points).
     *
     * @param eps    eps values as fractions of each problem's max C
     * @param slices numbers of directions L; each (problem, L) draws its directions from {@code seed}
     */
    public static AccuracyReport run(List<OtProblem> problems, double[] eps, int[] slices, long seed, SinkhornOptions options) {
        check(problems, eps, slices);
        long t0 = System.nanoTime();
        int cells = eps.length * (1 + slices.length) + slices.length;
        double[][] costErr = new double[cells][problems.size()];
        double[][] l1 = new double[cells][problems.size()];
        boolean[] converged = new boolean[cells];
        Arrays.fill(converged, true);
        Rng rng = new Rng(seed);
        try (Progress progress = Progress.start("SROT accuracy sweep", (long) problems.size() * cells, Duration.ofSeconds(1))) {
            for (int q = 0; q < problems.size(); q++) {
                OtProblem p = problems.get(q);
                ExactResult exact = OT.exact(p);
                double maxCost = PlanMetrics.maxCost(p.cost());
                DMatrixRMaj[] dirs = new DMatrixRMaj[slices.length];
                for (int s = 0; s < slices.length; s++) {
                    dirs[s] = Directions.random(p.x().numCols, slices[s], rng.nextLong());
                    SlicedResult sot = OT.sot(p, dirs[s], 2);
                    record(costErr, l1, cellOfSot(eps, slices, s), q, sot.cost(), sot.plan(), exact);
                    progress.step();
                }
                for (int e = 0; e < eps.length; e++) {
                    double abs = eps[e] * maxCost;
                    Interrupts.check();
                    SinkhornResult eot = OT.eot(p, abs, options);
                    int c = cellOf(e, -1, slices.length);
                    record(costErr, l1, c, q, eot.cost(), eot.plan(), exact);
                    converged[c] &= eot.converged();
                    progress.step();
                    for (int s = 0; s < slices.length; s++) {
                        SinkhornResult srot = OT.srot(p, abs, dirs[s], options);
                        c = cellOf(e, s, slices.length);
                        record(costErr, l1, c, q, srot.cost(), srot.plan(), exact);
                        converged[c] &= srot.converged();
                        progress.step();
                    }
                }
            }
        }
        List<AccuracyPoint> points = new ArrayList<>();
        for (int e = 0; e < eps.length; e++) {
            int c = cellOf(e, -1, slices.length);
            points.add(point(OtMethod.EOT, 0, eps[e], costErr[c], l1[c], converged[c]));
            for (int s = 0; s < slices.length; s++) {
                c = cellOf(e, s, slices.length);
                points.add(point(OtMethod.SROT, slices[s], eps[e], costErr[c], l1[c], converged[c]));
            }
        }
        for (int s = 0; s < slices.length; s++) {
            int c = cellOfSot(eps, slices, s);
            points.add(point(OtMethod.SOT, slices[s], Double.NaN, costErr[c], l1[c], true));
        }
        return new AccuracyReport(problems.get(0).n(), problems.size(), eps, slices, points, (System.nanoTime() - t0) / 1e9);
    }

    /** Cells: per eps, EOT then one SROT per L; SOT per L after all eps. */
    private static int cellOf(int e, int s, int slices) {
        return e * (1 + slices) + 1 + s;
    }

    private static int cellOfSot(double[] eps, int[] slices, int s) {
        return eps.length * (1 + slices.length) + s;
    }

    private static void record(double[][] costErr, double[][] l1, int cell, int q, double cost, DMatrixRMaj plan, ExactResult exact) {
        costErr[cell][q] = OtComparison.relative(cost, exact.cost());
        l1[cell][q] = PlanMetrics.l1(plan, exact.sparsePlan());
    }

    private static AccuracyPoint point(OtMethod method, int slices, double eps, double[] costErr, double[] l1, boolean converged) {
        double mean = 0;
        double worst = Double.NEGATIVE_INFINITY;
        double meanL1 = 0;
        for (int q = 0; q < costErr.length; q++) {
            mean += costErr[q] / costErr.length;
            worst = Math.max(worst, costErr[q]);
            meanL1 += l1[q] / l1.length;
        }
        return new AccuracyPoint(method, slices, eps, mean, worst, meanL1, converged);
    }

    private static void check(List<OtProblem> problems, double[] eps, int[] slices) {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("no problem to sweep");
        }
        for (OtProblem p : problems) {
            if (!p.hasPoints()) {
                throw new IllegalArgumentException("SROT and SOT need points, but a problem has only a cost matrix");
            }
        }
        if (eps == null || eps.length == 0) {
            throw new IllegalArgumentException("no eps value to sweep");
        }
        for (double e : eps) {
            if (!(e > 0) || Double.isInfinite(e)) {
                throw new IllegalArgumentException("eps values must be positive fractions of max C, got " + e);
            }
        }
        if (slices == null || slices.length == 0) {
            throw new IllegalArgumentException("no number of slices L to sweep");
        }
        for (int s : slices) {
            if (s < 1) {
                throw new IllegalArgumentException("numbers of slices must be at least 1, got " + s);
            }
        }
    }
}
