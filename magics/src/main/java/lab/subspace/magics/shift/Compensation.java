package lab.subspace.magics.shift;

import java.util.List;

/**
 * Matched subsets of the two sets with no detectable residual difference: flagged points are
 * removed (test over-densities from Y, test under-densities from X) and detection is rerun on
 * what remains, until nothing is flagged.
 *
 * @param features           names of the features the compensation used
 * @param keptReference      indices of the reference points kept
 * @param keptTest           indices of the test points kept
 * @param rounds             every detection round (the last one flags nothing when converged)
 * @param converged          whether a round flagged nothing within the allowed rounds
 * @param rerun              fresh detection on the kept subsets in the same features
 * @param rerunAllFeatures   fresh detection on the kept subsets using every feature
 * @param randomControl      detection in the same features after removing as many points at
 *                           random (seeded): what sample shrinkage alone does
 * @param meanShiftBefore    per feature: (mean of Y - mean of X) / pooled sd, all points
 * @param meanShiftAfter     the same for the kept subsets
 * @param allFeatures        names of every feature (the order of the mean-shift arrays)
 */
public record Compensation(List<String> features, int[] keptReference, int[] keptTest, List<Round> rounds,
        boolean converged, ShiftDetection rerun, ShiftDetection rerunAllFeatures, ShiftDetection randomControl,
        double[] meanShiftBefore, double[] meanShiftAfter, List<String> allFeatures) {

    public Compensation {
        features = List.copyOf(features);
        rounds = List.copyOf(rounds);
        allFeatures = List.copyOf(allFeatures);
    }

    /**
     * One detection round.
     *
     * @param round         1, 2, ...
     * @param referenceSize reference points at the start of the round
     * @param testSize      test points at the start of the round
     * @param over          test points flagged (removed)
     * @param under         reference points flagged (removed)
     */
    public record Round(int round, int referenceSize, int testSize, int over, int under) {
    }

    /** Points removed in total. */
    public int removed() {
        return rounds.get(0).referenceSize() + rounds.get(0).testSize() - keptReference.length - keptTest.length;
    }
}
