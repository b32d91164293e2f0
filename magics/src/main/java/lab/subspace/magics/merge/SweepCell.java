package lab.subspace.magics.merge;

/**
 * One (heterogeneity, rank) cell of {@link HeterogeneitySweep}: what the closed-form criterion
 * predicts and what held-out data measure, each averaged over replicate suites. Relative gains are
 * (projected mean - EpiMer) / projected mean: positive means curvature helps.
 *
 * @param heterogeneity              eta
 * @param rank                       r
 * @param predictedRelativeGain      criterion: average-task gain / flat error (quadratic model)
 * @param predictedRelativeWorstGain criterion: worst-task gain / flat worst error
 * @param measuredRelativeGain       held-out average-task excess loss
 * @param measuredRelativeWorstGain  held-out worst-task excess loss
 * @param flatMeanExcess             held-out average excess loss of the projected mean
 * @param epimerMeanExcess           the same for EpiMer
 * @param heterogeneityTerm          criterion's |sum_t (A_t - mean A)(b_t - mean b)|
 * @param leakageTerm                criterion's |sum_t g_t|
 * @param maxBoundRatio              largest error / bound of any merge (all four methods) in the cell
 * @param maxObjectiveBoundRatio     largest actual training-objective increase / bound (1 + O(|delta|^3) for logistic tasks)
 */
public record SweepCell(double heterogeneity, int rank, double predictedRelativeGain, double predictedRelativeWorstGain,
                        double measuredRelativeGain, double measuredRelativeWorstGain, double flatMeanExcess,
                        double epimerMeanExcess, double heterogeneityTerm, double leakageTerm, double maxBoundRatio,
                        double maxObjectiveBoundRatio) {

    /** The winner the criterion predicts on the average task, with a tie band. */
    public CurvatureGain.Winner predictedWinner(double band) {
        return CurvatureGain.Winner.of(predictedRelativeGain, band);
    }

    /** The winner on held-out data, average task. */
    public CurvatureGain.Winner measuredWinner(double band) {
        return CurvatureGain.Winner.of(measuredRelativeGain, band);
    }

    /** The winner the criterion predicts on the worst task. */
    public CurvatureGain.Winner predictedWorstWinner(double band) {
        return CurvatureGain.Winner.of(predictedRelativeWorstGain, band);
    }

    /**
     * Whether held-out data bear out the criterion's call on the average task: a predicted EpiMer
     * win (predicted relative gain above {@code band}) must be a measured win (gain &gt; 0), and a
     * predicted tie (|predicted| &lt;= band) a measured difference within {@code tieTolerance}.
     */
    public boolean criterionConfirmed(double band, double tieTolerance) {
        return confirmed(predictedRelativeGain, measuredRelativeGain, band, tieTolerance);
    }

    /** The same rule for the worst task. */
    public boolean worstCriterionConfirmed(double band, double tieTolerance) {
        return confirmed(predictedRelativeWorstGain, measuredRelativeWorstGain, band, tieTolerance);
    }

    private static boolean confirmed(double predicted, double measured, double band, double tieTolerance) {
        return switch (CurvatureGain.Winner.of(predicted, band)) {
            case EPIMER -> measured > 0;
            case PROJECTED_MEAN -> measured < 0;
            case TIE -> Math.abs(measured) <= tieTolerance;
        };
    }

    /** The winner on held-out data, worst task. */
    public CurvatureGain.Winner measuredWorstWinner(double band) {
        return CurvatureGain.Winner.of(measuredRelativeWorstGain, band);
    }
}
