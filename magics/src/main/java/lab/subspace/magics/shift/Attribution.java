package lab.subspace.magics.shift;

import java.util.List;

/**
 * The feature subspace in which a detected shift is most pronounced, found by greedy forward
 * selection: the points flagged on all features are the anomaly, and each step adds the feature
 * that most increases their summed statistics when their neighbourhoods are recomputed on the
 * chosen features only; the search stops when no feature increases it by more than
 * {@link ShiftOptions#minGain()} (relative).
 *
 * @param features    names of the selected features, in the order they were added
 * @param selected    their column indices
 * @param anomalous   points flagged on all features (the anomaly being attributed)
 * @param steps       every step, including the last one that did not improve
 * @param detection   detection on all points in the selected subspace (null when nothing was selected)
 * @param allFeatures names of every feature (candidates are indices into it)
 */
public record Attribution(List<String> features, int[] selected, int anomalous, List<Step> steps,
        ShiftDetection detection, List<String> allFeatures) {

    public Attribution {
        features = List.copyOf(features);
        steps = List.copyOf(steps);
        allFeatures = List.copyOf(allFeatures);
    }

    /**
     * One greedy step.
     *
     * @param size         subspace size tried at this step
     * @param candidates   column indices of the features tried
     * @param strength     summed statistics of the anomalous points with each candidate added (same order)
     * @param best         the best candidate's column index
     * @param bestName     its name
     * @param bestStrength its strength
     * @param flagged      points flagged (all points, both directions) in the subspace with the best candidate
     * @param accepted     whether it was added (it must increase the strength by more than minGain)
     */
    public record Step(int size, int[] candidates, double[] strength, int best, String bestName, double bestStrength,
            int flagged, boolean accepted) {
    }

    /** Points flagged in the selected subspace (0 when nothing was selected). */
    public int flagged() {
        return detection == null ? 0 : detection.flagged();
    }
}
