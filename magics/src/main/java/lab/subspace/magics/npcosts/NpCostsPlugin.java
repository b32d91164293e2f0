package lab.subspace.magics.npcosts;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %np-costs} and how its results are shown (a table, then figures). */
public final class NpCostsPlugin {

    private NpCostsPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(NpCostsMagic.class);
        context.presenter(BottleneckResult.class, r -> r.curves().stream().anyMatch(BottleneckCurve::exponential)
                && r.curves().stream().anyMatch(c -> !c.exponential())
                        ? Outputs.of(r.fits(), r.seFigure(), r.maternFigure(), r.table())
                        : Outputs.of(r.fits(), r.curves().get(0).exponential() ? r.seFigure() : r.maternFigure(), r.table()));
        context.presenter(ContaminationResult.class, r -> Outputs.of(r.table(), r.errorFigure(), r.splitFigure()));
        context.presenter(GapResult.class, r -> Outputs.of(r.table(), r.klFigure(), r.trainingFigure()));
        context.presenter(DataGpResult.class, r -> Outputs.of(r.table(), r.predictiveFigure(), r.klFigure()));
    }
}
