package lab.subspace.numerics.ot;

import java.time.Duration;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;

/**
 * One-dimensional transport along each direction (north-west corner rule on the sorted
 * projections), the sliced distance, and the averaged lifted plan.
 */
final class SlicedPlans {

    /** Receives the entries of one 1-D plan. */
    interface EntrySink {
        void accept(int i, int j, double mass);
    }

    private SlicedPlans() {
    }

    /** Projections of the rows of {@code points} on column {@code l} of {@code theta}. */
    static double[] project(DMatrixRMaj points, DMatrixRMaj theta, int l) {
        int n = points.numRows;
        int d = points.numCols;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                s += points.data[i * d + k] * theta.get(k, l);
            }
            out[i] = s;
        }
        return out;
    }

    /**
     * The optimal 1-D plan between weighted points on a line (monotone coupling), given to
     * {@code sink} entry by entry; returns sum mass * |px_i - py_j|^p.
     */
    static double transport1d(double[] px, double[] a, double[] py, double[] b, double p, EntrySink sink) {
        int[] ox = IndexSort.order(px);
        int[] oy = IndexSort.order(py);
        int n = px.length;
        int m = py.length;
        int s = 0;
        int t = 0;
        double ra = n > 0 ? a[ox[0]] : 0;
        double rb = m > 0 ? b[oy[0]] : 0;
        double total = 0;
        while (s < n && t < m) {
            double mass = Math.min(ra, rb);
            int i = ox[s];
            int j = oy[t];
            if (mass > 0) {
                total += mass * power(Math.abs(px[i] - py[j]), p);
                if (sink != null) {
                    sink.accept(i, j, mass);
                }
            }
            ra -= mass;
            rb -= mass;
            // advance the side that ran out (the source first on ties, so that equal masses pair up)
            if (ra <= rb) {
                if (++s < n) {
                    ra = a[ox[s]];
                }
                if (rb <= 0 && ++t < m) {
                    rb = b[oy[t]];
                }
            } else {
                if (++t < m) {
                    rb = b[oy[t]];
                }
            }
        }
        return total;
    }

    static double power(double v, double p) {
        return p == 2 ? v * v : p == 1 ? v : Math.pow(v, p);
    }

    /**
     * Sliced transport between the problem's points.
     *
     * @param withPlan whether to build the averaged lifted plan (n x m) and its cost
     */
    static SlicedResult solve(OtProblem problem, DMatrixRMaj theta, double p, boolean withPlan) {
        if (!(p >= 1) || Double.isInfinite(p)) {
            throw new IllegalArgumentException("p must be a finite number >= 1, got " + p);
        }
        DMatrixRMaj x = problem.pointsX();
        DMatrixRMaj y = problem.pointsY();
        DMatrixRMaj dirs = Directions.check(theta, x.numCols);
        int n = problem.n();
        int m = problem.m();
        int count = dirs.numCols;
        DMatrixRMaj plan = null;
        if (withPlan) {
            Memory.requireMatrices(n, m, 1, "sliced transport plan");
            plan = new DMatrixRMaj(n, m);
        }
        double[] sliceCosts = new double[count];
        double weight = 1.0 / count;
        double[] planData = plan == null ? null : plan.data;
        EntrySink sink = planData == null ? null : (i, j, mass) -> planData[i * m + j] += mass * weight;
        try (Progress progress = Progress.start("Sliced OT", count, Duration.ofSeconds(1))) {
            for (int l = 0; l < count; l++) {
                Interrupts.check();
                sliceCosts[l] = transport1d(project(x, dirs, l), problem.weightsA(), project(y, dirs, l),
                        problem.weightsB(), p, sink);
                progress.step();
            }
        }
        double mean = 0;
        for (double c : sliceCosts) {
            mean += c;
        }
        mean /= count;
        double distance = Math.pow(mean, 1 / p);
        double cost = plan == null ? Double.NaN : dot(problem.cost(), plan);
        return new SlicedResult(plan, cost, distance, p, dirs, sliceCosts);
    }

    static double dot(DMatrixRMaj c, DMatrixRMaj plan) {
        double s = 0;
        int size = plan.numRows * plan.numCols;
        for (int k = 0; k < size; k++) {
            s += c.data[k] * plan.data[k];
        }
        return s;
    }
}
