package lab.subspace.magics.audit;

import java.util.List;

/**
 * What {@link Calibration#run} measured.
 *
 * @param config       the settings
 * @param baseAccuracy the base model's task accuracy on all probes
 * @param variants     steering, full fine-tune, then one distributed run per lambda
 * @param gaps         kappa_lb for every variant and ordered pair (layer, reference layer)
 * @param seconds      wall time of the run
 */
public record CalibrationResult(CalibrationConfig config, double baseAccuracy, List<CalibrationVariant> variants,
        List<GapRow> gaps, double seconds) {

    public CalibrationResult {
        variants = List.copyOf(variants);
        gaps = List.copyOf(gaps);
    }

    /** kappa_lb of one variant at one ordered pair of hidden layers. */
    public record GapRow(String variant, int layer, int reference, GapDiagnostic gap) {
    }

    /** The variant with this name. */
    public CalibrationVariant variant(String name) {
        for (CalibrationVariant v : variants) {
            if (v.name().equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no variant named '" + name + "'; the variants are "
                + variants.stream().map(CalibrationVariant::name).toList());
    }

    /** The distributed variant trained with this lambda. */
    public CalibrationVariant distributed(double lambda) {
        return variant(Calibration.distributedName(lambda));
    }

    /** How many (variant, layer pair) combinations satisfy the spectral-gap hypothesis kappa_lb &gt;= 1. */
    public long gapHypothesisCount() {
        return gaps.stream().filter(g -> g.gap().hypothesisHolds()).count();
    }
}
