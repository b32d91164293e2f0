package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.Parallel;

/** The SROT reference plan pi_ref = (1 - delta) pi_SOT + delta a b^T and its ratio to a b^T. */
final class SlicedReference {

    private SlicedReference() {
    }

    static DMatrixRMaj plan(OtProblem problem, DMatrixRMaj directions, double delta) {
        DMatrixRMaj plan = SlicedPlans.solve(problem, directions, 2, true).plan();
        double[] a = problem.weightsA();
        double[] b = problem.weightsB();
        int m = b.length;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < m; j++) {
                plan.data[i * m + j] = (1 - delta) * plan.data[i * m + j] + delta * a[i] * b[j];
            }
        }
        return plan;
    }

    /**
     * log(pi_ref_ij / (a_i b_j)) = log((1 - delta) pi_SOT_ij / (a_i b_j) + delta), row-major, computed
     * in place of the sliced plan; 0 where a_i b_j = 0 (those rows and columns carry no mass).
     */
    static double[] logRatio(OtProblem problem, DMatrixRMaj directions, double delta) {
        double[] q = SlicedPlans.solve(problem, directions, 2, true).plan().data;
        double[] a = problem.weightsA();
        double[] b = problem.weightsB();
        int m = b.length;
        Parallel.Blocks blocks = Parallel.Blocks.of(a.length);
        Parallel.forBlocks(blocks, Parallel.worthForking((long) a.length * m), blk -> {
            for (int i = blocks.start(blk); i < blocks.end(blk); i++) {
                for (int j = 0; j < m; j++) {
                    double ab = a[i] * b[j];
                    int o = i * m + j;
                    q[o] = ab > 0 ? Math.log((1 - delta) * q[o] / ab + delta) : 0;
                }
            }
        });
        return q;
    }
}
