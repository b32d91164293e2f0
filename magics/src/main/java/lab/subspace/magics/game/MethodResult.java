package lab.subspace.magics.game;

import org.ejml.data.DMatrixRMaj;

/**
 * One method's result in a {@link ComparisonReport}.
 *
 * @param method      the estimator
 * @param scale       the chosen kappa (NaN for mean imputation)
 * @param globalShare GAME's chosen global share t (NaN for the other methods)
 * @param validation  group-averaged held-out RMSE per candidate: one row per global share (a single
 *                    row for the baselines), one column per kappa; empty without selection
 * @param groupRmse   RMSE against the truth per group (NaN without a truth)
 * @param groupSinTheta sin-Theta distance per group (NaN without a truth)
 * @param groupHeldOut held-out RMSE per group at the chosen candidate (NaN without a held-out split)
 * @param rmse        RMSE against the truth over the whole matrix (NaN without a truth)
 * @param heldOut     held-out RMSE over all held-out entries at the chosen candidate
 * @param iterations  solver iterations of the final fit (ADMM or soft-impute; summed over groups
 *                    for the per-group baseline, 0 for mean imputation)
 * @param estimate    the final estimate (fitted on all observed entries)
 */
public record MethodResult(Method method, double scale, double globalShare, double[][] validation, double[] groupRmse,
        double[] groupSinTheta, double[] groupHeldOut, double rmse, double heldOut, int iterations,
        DMatrixRMaj estimate) {
}
