package lab.subspace.magics.shift;

import java.util.List;

/**
 * Points flagged as lying in a local over-density of the test set (its statistic exceeds the
 * null threshold) or in a local under-density (a reference point in a region the test set
 * lacks).
 *
 * @param features        names of the features the distances used
 * @param featureIndices  their column indices in the data
 * @param referenceSize   n_X
 * @param testSize        n_Y
 * @param kMin            smallest neighbourhood scanned
 * @param kMax            neighbours per point
 * @param overThreshold   threshold for test points (success probability n_Y / (n_X + n_Y))
 * @param underThreshold  threshold for reference points (success probability n_X / (n_X + n_Y))
 * @param overScores      statistic of every test point
 * @param overScale       neighbourhood size k at which each test point's statistic peaked
 * @param overFlagged     indices of flagged test points (over-densities of Y)
 * @param underScores     statistic of every reference point
 * @param underScale      neighbourhood size k at which each reference point's statistic peaked
 * @param underFlagged    indices of flagged reference points (under-densities of Y)
 * @param seconds         wall time of the detection (thresholds, neighbours, statistics)
 */
public record ShiftDetection(List<String> features, int[] featureIndices, int referenceSize, int testSize, int kMin,
        int kMax, NullThreshold overThreshold, NullThreshold underThreshold, double[] overScores, int[] overScale,
        int[] overFlagged, double[] underScores, int[] underScale, int[] underFlagged, double seconds) {

    public ShiftDetection {
        features = List.copyOf(features);
    }

    /** Flagged points in both directions. */
    public int flagged() {
        return overFlagged.length + underFlagged.length;
    }

    /** True when any point is flagged: the two sets differ somewhere. */
    public boolean shifted() {
        return flagged() > 0;
    }

    /** Fraction of all points flagged. */
    public double flaggedFraction() {
        return (double) flagged() / (referenceSize + testSize);
    }
}
