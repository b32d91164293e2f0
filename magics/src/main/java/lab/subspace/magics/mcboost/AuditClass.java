package lab.subspace.magics.mcboost;

/**
 * The class H of functions a multicalibrated predictor must leave uncorrelated with its residual.
 * Each boosting round asks the audit for the function of H that best fits the current residual.
 *
 * <pre>{@code
 * AuditClass h = AuditClass.levelSets(10);     // groups x 10 level sets (multicalibration)
 * AuditClass m = AuditClass.groups();          // group indicators only (multiaccuracy)
 * AuditClass l = AuditClass.linear(true);      // linear functions of the features and group indicators
 * AuditClass t = AuditClass.tree(2, 20);       // depth-2 regression trees on features, groups and the prediction
 * }</pre>
 */
public sealed interface AuditClass permits LevelSetAudit, LinearAudit, TreeAudit {

    /** Groups (and the whole population) x {@code bins} equal-mass level sets of the current prediction. */
    static AuditClass levelSets(int bins) {
        return new LevelSetAudit(bins, 1);
    }

    /** Level sets with cells of fewer than {@code minCell} rows left out of the audit. */
    static AuditClass levelSets(int bins, int minCell) {
        return new LevelSetAudit(bins, minCell);
    }

    /** Group indicators and the constant: multiaccuracy over the groups. */
    static AuditClass groups() {
        return new LevelSetAudit(1, 1);
    }

    /** Linear functions of the features (and of the group indicators when {@code withGroups}): multiaccuracy. */
    static AuditClass linear(boolean withGroups) {
        return new LinearAudit(withGroups);
    }

    /** Regression trees of depth {@code depth} with leaves of at least {@code minLeaf} rows. */
    static AuditClass tree(int depth, int minLeaf) {
        return new TreeAudit(depth, minLeaf);
    }

    /** A short name for tables. */
    String name();

    /**
     * The audit of predictor scores {@code scores} on {@code data}: the fitted step and how far
     * the residual is from being uncorrelated with H. Does not modify its arguments.
     *
     * @param delta family-wise level of the noise threshold reported as {@link Audit#significance()}
     */
    Audit audit(McData data, double[] scores, Loss loss, double delta);
}
