package lab.subspace.magics.audit;

/** What {@code %subspace-audit} returns: one layer's {@link AuditReport} or a {@link LayerReport}. */
public sealed interface AuditResult permits AuditReport, LayerReport {
}
