package lab.subspace.magics.shift;

/**
 * Detection in the full feature space and, when something is flagged, the attribution of the
 * shift to a feature subspace.
 *
 * @param title       what was compared
 * @param data        the two sets
 * @param detection   detection on all features
 * @param attribution the features carrying the shift (null when nothing was flagged)
 * @param benchmark   the ground truth when the data are a synthetic benchmark (else null)
 */
public record ShiftReport(String title, ShiftData data, ShiftDetection detection, Attribution attribution,
        Benchmark benchmark) {

    /** Names of the features carrying the shift (empty when none was found). */
    public java.util.List<String> shiftFeatures() {
        return attribution == null ? java.util.List.of() : attribution.features();
    }
}
