package lab.subspace.magics.sinkhorn;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %sinkhorn}, how its results look, and the OT imports for Java cells. */
public final class SinkhornPlugin {

    private SinkhornPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(SinkhornMagic.class);
        context.presenter(SinkhornReport.class, SinkhornView::present);
        context.presenter(AccuracyReport.class, AccuracyView::present);
        context.presenter(ColourTransferReport.class, ColourTransferView::present);
        context.presenter(FlowReport.class, FlowView::present);
        context.imports("lab.subspace.numerics.ot.*", "lab.subspace.magics.sinkhorn.*");
    }
}
