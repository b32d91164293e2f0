package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;

/** Solves A x = m for a summed PSD metric A, keeping a fallback where A is (numerically) singular. */
final class MetricSolve {

    private MetricSolve() {
    }

    /**
     * x = sum over eigenpairs (lambda, v) of A: v (v.m) / lambda where lambda is above
     * {@link SubspaceMerge#DEGENERATE_TOL} times the largest, and v (v.fallback) elsewhere.
     */
    static SubspaceMerge.Solution solve(DMatrixRMaj a, double[] m, double[] fallback) {
        SymmetricEigen e = Spd.eigen(a);
        return apply(e, m, fallback);
    }

    /** The same with a decomposition already at hand. */
    static SubspaceMerge.Solution apply(SymmetricEigen e, double[] m, double[] fallback) {
        double[] lambda = e.values();
        DMatrixRMaj v = e.vectors();
        int n = lambda.length;
        double max = n == 0 ? 0 : Math.max(0, lambda[n - 1]);
        double[] x = new double[n];
        int degenerate = 0;
        for (int j = 0; j < n; j++) {
            boolean ok = lambda[j] > SubspaceMerge.DEGENERATE_TOL * max && max > 0;
            double[] rhs = ok ? m : fallback;
            double dot = 0;
            for (int i = 0; i < n; i++) {
                dot += v.unsafe_get(i, j) * rhs[i];
            }
            double coef = ok ? dot / lambda[j] : dot;
            if (!ok) {
                degenerate++;
            }
            for (int i = 0; i < n; i++) {
                x[i] += coef * v.unsafe_get(i, j);
            }
        }
        return new SubspaceMerge.Solution(x, degenerate);
    }
}
