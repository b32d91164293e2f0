package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * Result of exact (unregularised) optimal transport by the network simplex.
 *
 * <p>The duals satisfy f_i + g_j <= C_ij for all i, j with equality on the plan's support
 * (complementary slackness), and sum a_i f_i + sum b_j g_j = cost at optimality.
 *
 * <pre>{@code
 * ExactResult w = OT.exact(OtProblem.of(x, y, GroundCost.EUCLIDEAN));   // w.cost() is W1
 * SparsePlan plan = w.sparsePlan();                                     // at most n + m - 1 entries
 * }</pre>
 *
 * @param sparsePlan  the optimal plan's non-zero entries
 * @param cost        {@code <C, P>}
 * @param f           dual potential of the source points (a copy is returned)
 * @param g           dual potential of the target points (a copy is returned)
 * @param iterations  number of simplex pivots
 * @param optimal     false when the pivot cap stopped the solver first (the plan may then miss mass)
 */
public record ExactResult(SparsePlan sparsePlan, double cost, double[] f, double[] g, long iterations, boolean optimal)
        implements TransportResult {

    /** A new dense n x m view of the plan (memory checked). */
    @Override
    public DMatrixRMaj plan() {
        return sparsePlan.dense();
    }

    @Override
    public double[] f() {
        return f.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "ExactResult[%d x %d, cost = %.12g, %d entries, %d pivots, %s]",
                sparsePlan.rows(), sparsePlan.cols(), cost, sparsePlan.size(), iterations, optimal ? "optimal" : "NOT optimal");
    }
}
