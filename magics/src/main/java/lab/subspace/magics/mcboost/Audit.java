package lab.subspace.magics.mcboost;

/**
 * One audit of a predictor against a class H.
 *
 * @param step         the function of H fitted to the residual (the boosting update before the learning rate)
 * @param violation    how correlated the residual still is with H: max over cells of |E_n[1_c r]| for
 *                     level sets and trees, sup over unit-L2 h in the span of E_n[h r] for linear audits
 * @param significance the audit statistic divided by its noise threshold at the family-wise level
 *                     delta: at most 1 means the residual is indistinguishable from noise
 */
public record Audit(AuditFunction step, double violation, double significance) {
}
