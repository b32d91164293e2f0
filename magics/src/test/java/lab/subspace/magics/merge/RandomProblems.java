package lab.subspace.magics.merge;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.numerics.random.Rng;

/** Random merging problems for tests. */
final class RandomProblems {

    private RandomProblems() {
    }

    /** T tasks in R^d with random full PSD curvatures Q diag(exp(spread z)) Q^T. */
    static MergeProblem full(int tasks, int d, double spread, long seed) {
        Rng rng = new Rng(seed);
        List<Curvature> h = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            h.add(Curvature.full(randomSpd(rng, d, spread)));
        }
        return MergeProblem.of(rng.gaussianVector(d), rng.gaussian(tasks, d), h);
    }

    /** T tasks with random diagonal curvatures exp(spread z). */
    static MergeProblem diagonal(int tasks, int d, double spread, long seed) {
        Rng rng = new Rng(seed);
        List<Curvature> h = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            double[] diag = rng.gaussianVector(d);
            for (int i = 0; i < d; i++) {
                diag[i] = Math.exp(spread * diag[i]);
            }
            h.add(Curvature.diagonal(diag));
        }
        return MergeProblem.of(rng.gaussianVector(d), rng.gaussian(tasks, d), h);
    }

    /** The same task vectors with curvature h_t I per task. */
    static MergeProblem scalar(MergeProblem p, double... h) {
        List<Curvature> c = new ArrayList<>();
        for (int t = 0; t < p.tasks(); t++) {
            c.add(Curvature.isotropic(p.dimension(), h[t % h.length]));
        }
        return MergeProblem.of(p.base(), p.taskVectors(), c);
    }

    static DMatrixRMaj randomSpd(Rng rng, int d, double spread) {
        DMatrixRMaj q = rng.orthogonal(d);
        DMatrixRMaj scaled = q.copy();
        for (int j = 0; j < d; j++) {
            double l = Math.exp(spread * rng.gaussian());
            for (int i = 0; i < d; i++) {
                scaled.unsafe_set(i, j, scaled.unsafe_get(i, j) * l);
            }
        }
        DMatrixRMaj h = CommonOps_DDRM.multTransB(scaled, q, null);
        FineTuning.symmetrise(h);
        return h;
    }

    static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double x : a) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    static double maxAbsDiff(double[] a, double[] b) {
        return maxAbs(minus(a, b));
    }
}
