package lab.subspace.magics.mcboost;

/**
 * One fitted boosting update h_t; it may depend on the current prediction (level sets), so it is
 * evaluated on the scores it is applied to.
 */
public interface AuditFunction {

    /** h(x_i) for every row of {@code data} whose current scores are {@code scores} (not modified). */
    double[] evaluate(McData data, double[] scores, Loss loss);

    /** What the update does, in words (e.g. "group=B, level [0.31, 0.47): +0.12"). */
    String describe();
}
