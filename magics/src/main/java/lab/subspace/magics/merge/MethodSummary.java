package lab.subspace.magics.merge;

/**
 * One merge method at one rank, summarised over replicate suites (means, and standard errors of
 * the mean over replicates).
 *
 * @param method             which merge
 * @param rank               r (d for whole-space merges, the task-span rank for task arithmetic)
 * @param meanExcess         average-task held-out excess loss
 * @param meanExcessSe       its standard error over replicates (0 for one replicate)
 * @param worstExcess        worst-task held-out excess loss
 * @param worstExcessSe      its standard error
 * @param meanAccuracy       average-task accuracy (NaN for regression)
 * @param worstAccuracy      worst-task accuracy (NaN for regression)
 * @param worstLostFraction  largest fraction of a task's fine-tuning gain lost by the merge
 * @param predictedError     average-task loss predicted by the quadratic model
 * @param maxBoundRatio      largest error / decomposition bound over replicates (&lt;= 1)
 * @param beatsFlatAverage   EpiMer rows: fraction of replicates where its average excess is at most the
 *                           projected mean's at the same rank (NaN for other methods)
 * @param beatsFlatWorst     the same for the worst task
 */
public record MethodSummary(MergeMethod method, int rank, double meanExcess, double meanExcessSe, double worstExcess,
                            double worstExcessSe, double meanAccuracy, double worstAccuracy, double worstLostFraction,
                            double predictedError, double maxBoundRatio, double beatsFlatAverage, double beatsFlatWorst) {

    /** "EpiMer (r = 4)" or "Fisher merging". */
    public String label() {
        return method.label(rank);
    }
}
