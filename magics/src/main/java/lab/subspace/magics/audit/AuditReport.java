package lab.subspace.magics.audit;

import java.util.List;

/**
 * The result of {@link Audit#run}: one {@link VariantAudit} per shift variant, the refusal
 * direction, and the ablation curve when asked.
 *
 * @param options          the settings
 * @param sets             a description of the input (prompts, width, which sets were given)
 * @param variants         the variants in order (naive, template, aligned, DiD or shift, DiD)
 * @param refusalDirection unit refusal direction (length d), or null without safety and control sets
 * @param ablated          the variant whose directions were ablated, or null
 * @param ablation         the ablation curve, or null
 * @param downstream       what the ablation curve measures
 */
public record AuditReport(AuditOptions options, String sets, List<VariantAudit> variants, double[] refusalDirection,
        ShiftVariant ablated, AblationCurve ablation, String downstream) implements AuditResult {

    public AuditReport {
        variants = List.copyOf(variants);
        refusalDirection = refusalDirection == null ? null : refusalDirection.clone();
    }

    @Override
    public double[] refusalDirection() {
        return refusalDirection == null ? null : refusalDirection.clone();
    }

    /** The audit of one variant. */
    public VariantAudit variant(ShiftVariant v) {
        for (VariantAudit a : variants) {
            if (a.variant() == v) {
                return a;
            }
        }
        throw new IllegalArgumentException("this audit has no " + v.label() + " variant; it has "
                + variants.stream().map(a -> a.variant().label()).toList());
    }

    /** The variant that summarises the audit: DiD, else the template-controlled shift, else the shift. */
    public VariantAudit primary() {
        return variant(Audit.primary(variants.stream().map(VariantAudit::variant).toList()));
    }
}
