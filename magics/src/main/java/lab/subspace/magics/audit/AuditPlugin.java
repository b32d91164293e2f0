package lab.subspace.magics.audit;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %subspace-audit} and how its results are shown. */
public final class AuditPlugin {

    private AuditPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(SubspaceAuditMagic.class);
        context.presenter(AuditReport.class, AuditView::present);
        context.presenter(LayerReport.class, AuditView::present);
        context.presenter(CalibrationResult.class, AuditView::present);
    }
}
