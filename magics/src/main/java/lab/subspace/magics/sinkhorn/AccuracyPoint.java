package lab.subspace.magics.sinkhorn;

/**
 * One cell of the accuracy sweep: a method at one eps and one number of slices, averaged over the
 * sweep's problems.
 *
 * @param method     EOT, SROT or SOT
 * @param slices     number of directions L (0 for EOT, which uses none)
 * @param eps        regularisation as a fraction of max C (NaN for SOT, which has none)
 * @param costError  mean relative cost error (cost - exact) / exact
 * @param worstCostError largest relative cost error over the problems
 * @param planL1     mean L1 distance sum_ij |P_ij - P*_ij| to the exact plan (0 = identical, 2 = disjoint)
 * @param converged  whether every Sinkhorn run met its tolerance (true for SOT)
 */
public record AccuracyPoint(OtMethod method, int slices, double eps, double costError, double worstCostError,
                            double planL1, boolean converged) {

    /** "EOT", "SROT (L = 100)", "SOT (L = 100)". */
    public String label() {
        return method == OtMethod.EOT ? method.label() : method.label() + " (L = " + slices + ")";
    }
}
