package lab.subspace.magics.mhanw;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %mha-nw} and how its results are shown (a table, then figures). */
public final class MhaNwPlugin {

    private MhaNwPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(MhaNwMagic.class);
        context.presenter(IdentityReport.class, r -> Outputs.of(r.table(), r.figure()));
        context.presenter(RotationResult.class, r -> Outputs.of(r.table(), r.mseFigure(), r.varianceFigure()));
        context.presenter(BudgetResult.class, r -> Outputs.of(r.table(), r.curvesFigure(), r.optimumFigure()));
        context.presenter(DiversityReport.class, r -> Outputs.of(r.summaryTable(), r.hdiFigure(), r.heatmap(), r.pairTable()));
        context.presenter(LayerDiversity.class, r -> Outputs.of(r.table(), r.heatmap()));
        context.presenter(EnsembleReport.class, r -> Outputs.of(r.table(), r.figure()));
    }
}
