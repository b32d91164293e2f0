package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * Result of entropic (EOT) or sliced-regularised (SROT) optimal transport.
 *
 * <p>The plan is {@code P_ij = R_ij exp((f_i + g_j - C_ij) / eps)}, where R is the reference plan
 * (a b^T for EOT, pi_ref for SROT); the duals f, g are defined up to a constant shift. Rows of zero
 * weight have a zero row in the plan and take the soft c-transform as their dual.
 *
 * <pre>{@code
 * SinkhornResult r = OT.eot(p, 0.01);
 * if (!r.converged()) { ... r.marginalError(), r.trace() tell how far it got ... }
 * DMatrixRMaj plan = r.plan();
 * }</pre>
 *
 * @param plan           the n x m plan (shared, do not modify)
 * @param cost           {@code <C, P>}
 * @param f              dual potential of the source points (a copy is returned)
 * @param g              dual potential of the target points (a copy is returned)
 * @param eps            the regularisation of the returned plan: the requested one, unless eps-scaling
 *                       used up {@code maxIter} on a larger stage (then {@code converged} is false)
 * @param iterations     number of Sinkhorn sweeps (one sweep updates both scalings)
 * @param marginalError  L2 error of both marginals of the returned plan, sqrt(|P1 - a|^2 + |P^T 1 - b|^2)
 * @param converged      whether the error fell below the tolerance within the iteration cap
 * @param trace          the marginal error at each check (every {@code checkEvery} sweeps)
 */
public record SinkhornResult(DMatrixRMaj plan, double cost, double[] f, double[] g, double eps, int iterations,
                             double marginalError, boolean converged, double[] trace) implements TransportResult {

    @Override
    public double[] f() {
        return f.clone();
    }

    @Override
    public double[] g() {
        return g.clone();
    }

    @Override
    public double[] trace() {
        return trace.clone();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "SinkhornResult[%d x %d, eps = %.4g, cost = %.10g, iterations = %d, marginal error = %.3g, %s]",
                plan.numRows, plan.numCols, eps, cost, iterations, marginalError, converged ? "converged" : "NOT converged");
    }
}
