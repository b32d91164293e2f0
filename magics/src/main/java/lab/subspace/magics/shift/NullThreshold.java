package lab.subspace.magics.shift;

/**
 * A flagging threshold for the scan statistic: points whose statistic exceeds {@code value} are
 * flagged.
 *
 * @param value      the threshold (an attainable value of the statistic)
 * @param alpha      the per-point false-flag rate asked for
 * @param exceedance the exact null probability that a point's statistic exceeds {@code value}
 *                   (at most alpha for the exact threshold; whatever the simulation gave otherwise)
 * @param model      exact or simulated
 * @param sequences  simulated sequences (0 for the exact threshold)
 */
public record NullThreshold(double value, double alpha, double exceedance, NullModel model, long sequences) {
}
