package lab.subspace.magics.shift;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * Unsupervised domain-shift detection with interpretable subspace attribution and compensation:
 * Springer &amp; Laio, "Unsupervised Domain Shift Detection with Interpretable Subspace
 * Attribution" (arXiv:2605.15920), building on EagleEye (arXiv:2503.23927).
 *
 * <p>Each point of the pooled sample U = X u Y looks at its kMax nearest neighbours in U; under
 * "no shift" their set labels are coin flips with the pooled proportion, so a run of
 * same-set neighbours far beyond chance ({@link BinomialScan}) marks a local over-density of
 * that set. Test points flagged this way are over-densities of Y, reference points flagged are
 * its under-densities. Attribution then looks for the few features in which the most points
 * are flagged; compensation removes flagged points until a rerun flags nothing.
 *
 * <pre>{@code
 * ShiftData data = ShiftData.of(tableA, tableB);
 * ShiftReport r = DensityShift.analyze(data, ShiftOptions.defaults(), 6);
 * r.shiftFeatures();                                             // e.g. [qrs_axis, p_duration]
 * Compensation c = DensityShift.compensate(data, r.shiftFeatures(), ShiftOptions.defaults(), 50);
 * }</pre>
 */
public final class DensityShift {

    private DensityShift() {
    }

    /** Detection using every feature. */
    public static ShiftDetection detect(ShiftData data, ShiftOptions options) {
        return detect(data, data.features(), options);
    }

    /** Detection using the named features only. */
    public static ShiftDetection detect(ShiftData data, List<String> features, ShiftOptions options) {
        long start = System.nanoTime();
        int[] idx = data.indicesOf(features);
        requireSome(idx);
        return detector(data, options).detect(idx, features, start);
    }

    /** Detection on two matrices with the same columns (features x0, x1, ...). */
    public static ShiftDetection detect(DMatrixRMaj reference, DMatrixRMaj test, ShiftOptions options) {
        return detect(ShiftData.of(reference, test), options);
    }

    /**
     * Greedy forward selection of the (at most {@code maxFeatures}) features carrying the shift
     * that detection on all features flags; empty when nothing is flagged.
     */
    public static Attribution attribute(ShiftData data, ShiftOptions options, int maxFeatures) {
        Detector detector = detector(data, options);
        ShiftDetection full = detector.detect(allFeatures(data.dims()), data.features(), System.nanoTime());
        return SubspaceAttribution.greedy(detector, full, data.features(), maxFeatures);
    }

    /**
     * Detection on all features; if anything is flagged, the attribution of the shift to at
     * most {@code maxFeatures} features (the paper's order: attribute only a detected shift).
     */
    public static ShiftReport analyze(ShiftData data, ShiftOptions options, int maxFeatures) {
        return analyze("reference vs test", data, options, maxFeatures);
    }

    /** {@link #analyze(ShiftData, ShiftOptions, int)} with a title for the report. */
    public static ShiftReport analyze(String title, ShiftData data, ShiftOptions options, int maxFeatures) {
        return analyze(title, data, options, maxFeatures, null);
    }

    /** {@link #analyze(ShiftData, ShiftOptions, int)} of a benchmark, keeping its ground truth. */
    public static ShiftReport analyze(Benchmark benchmark, ShiftOptions options, int maxFeatures) {
        String title = benchmark.scenario().name().toLowerCase(java.util.Locale.ROOT) + " benchmark ("
                + benchmark.data().referenceSize() + " + " + benchmark.data().testSize() + " points, "
                + benchmark.data().dims() + " dims)";
        return analyze(title, benchmark.data(), options, maxFeatures, benchmark);
    }

    private static ShiftReport analyze(String title, ShiftData data, ShiftOptions options, int maxFeatures,
            Benchmark benchmark) {
        long start = System.nanoTime();
        Detector detector = detector(data, options);
        int[] all = allFeatures(data.dims());
        ShiftDetection full = detector.detect(all, data.features(), start);
        Attribution attribution = full.shifted() ? SubspaceAttribution.greedy(detector, full, data.features(), maxFeatures)
                : null;
        return new ShiftReport(title, data, full, attribution, benchmark);
    }

    /**
     * Removes flagged points round by round, detecting with the named features (typically the
     * attributed subspace, where the shift is most visible), until a round flags nothing or
     * {@code maxRounds} rounds have run; then reruns detection on the kept subsets, in those
     * features and in all features, next to a control that removes as many points at random.
     */
    public static Compensation compensate(ShiftData data, List<String> features, ShiftOptions options, int maxRounds) {
        return ShiftCompensation.run(data, data.indicesOf(features), options, maxRounds);
    }

    static Detector detector(ShiftData data, ShiftOptions options) {
        return new Detector(Pooled.of(data.reference(), data.test(), options.standardize()), options);
    }

    static int[] allFeatures(int d) {
        int[] all = new int[d];
        for (int j = 0; j < d; j++) {
            all[j] = j;
        }
        return all;
    }

    static void requireSome(int[] features) {
        if (features.length == 0) {
            throw new IllegalArgumentException("choose at least one feature");
        }
    }
}
