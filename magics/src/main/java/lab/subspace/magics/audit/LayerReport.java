package lab.subspace.magics.audit;

import java.util.List;

/**
 * The audit of every layer of a model ({@link Audit#layers}).
 *
 * @param names   layer names (file names without .npy), in layer order
 * @param reports one audit per layer
 * @param primary the variant compared across layers (DiD, template or shift)
 * @param gaps    kappa_lb of the primary variant for every ordered pair (layer, reference layer)
 */
public record LayerReport(List<String> names, List<AuditReport> reports, ShiftVariant primary,
        List<SpectralGap.LayerPair> gaps) implements AuditResult {

    public LayerReport {
        names = List.copyOf(names);
        reports = List.copyOf(reports);
        gaps = List.copyOf(gaps);
    }

    /** rho_eps of the primary variant per layer (centered when the audit is centered). */
    public double[] rho() {
        double[] out = new double[reports.size()];
        for (int i = 0; i < out.length; i++) {
            AuditReport r = reports.get(i);
            VariantAudit v = r.variant(primary);
            out[i] = (r.options().center() ? v.centered() : v.uncentered()).rho();
        }
        return out;
    }

    /** How many ordered layer pairs satisfy the spectral-gap hypothesis kappa_lb &gt;= 1. */
    public long gapHypothesisCount() {
        return gaps.stream().filter(p -> p.gap().hypothesisHolds()).count();
    }
}
