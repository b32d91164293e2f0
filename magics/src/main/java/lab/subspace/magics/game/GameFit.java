package lab.subspace.magics.game;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * The result of one GAME fit: the estimate and the ADMM diagnostics.
 *
 * <p>Traces have one entry per iteration. The solver stops when both residuals are below their
 * tolerances (Boyd et al. 2011, eq. 3.12): {@code primal <= primalTolerance} and
 * {@code dual <= dualTolerance}; {@code converged} says whether that happened within the budget.
 *
 * @param estimate        the n x p estimate X
 * @param lambdas         the penalty weights used
 * @param iterations      ADMM iterations run
 * @param converged       whether the stopping rule was met
 * @param primalResidual  |S X - Z|_F over all groups, per iteration
 * @param dualResidual    rho |sum_g S_g^T (Z_g - Z_g_previous)|_F, per iteration
 * @param primalTolerance eps_pri per iteration
 * @param dualTolerance   eps_dual per iteration
 * @param objective       1/2 |P_Omega(Y - X)|^2 + sum_g lambda_g |Z_g|_* per iteration (nuclear
 *                        norms of the split variables, which equal X's blocks at convergence)
 * @param objectiveValue  the exact objective at the returned estimate
 * @param groupRanks      rank of each group's split variable Z_g at the end (then the global one, if any)
 * @param rho             final penalty parameter (after residual balancing)
 * @param splits          Z_g (n_g x p) per group, then Z_0 (n x p) when lambda_0 &gt; 0: warm-start state
 * @param duals           the scaled dual variables U_g, same shapes: warm-start state
 */
public record GameFit(DMatrixRMaj estimate, Lambdas lambdas, int iterations, boolean converged,
        double[] primalResidual, double[] dualResidual, double[] primalTolerance, double[] dualTolerance,
        double[] objective, double objectiveValue, int[] groupRanks, double rho,
        List<DMatrixRMaj> splits, List<DMatrixRMaj> duals) {

    /** The last primal residual. */
    public double finalPrimal() {
        return primalResidual[primalResidual.length - 1];
    }

    /** The last dual residual. */
    public double finalDual() {
        return dualResidual[dualResidual.length - 1];
    }

    /** The last primal tolerance. */
    public double finalPrimalTolerance() {
        return primalTolerance[primalTolerance.length - 1];
    }

    /** The last dual tolerance. */
    public double finalDualTolerance() {
        return dualTolerance[dualTolerance.length - 1];
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "GameFit[%s in %d iterations, primal %.3g (tol %.3g), dual %.3g (tol %.3g), "
                + "objective %.6g, ranks %s]", converged ? "converged" : "NOT converged", iterations, finalPrimal(),
                finalPrimalTolerance(), finalDual(), finalDualTolerance(), objectiveValue, java.util.Arrays.toString(groupRanks));
    }
}
