package lab.subspace.magics.pos;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %pos} and how its results are shown (tables, then figures). */
public final class PosPlugin {

    private PosPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(PosMagic.class);
        context.presenter(EstimateReport.class, r -> Outputs.of(r.outputs().toArray()));
        context.presenter(SubspaceStructure.class, r -> Outputs.of(r.table(), r.pairTable(), r.anglesFigure(), r.eigengapFigure()));
        context.presenter(PatternReport.class, r -> Outputs.of(r.table(), r.purityFigure(), r.profilesFigure(), r.trainingFigure()));
        context.presenter(PatternPurity.class, r -> Outputs.of(r.table(), r.figure(), r.profilesFigure()));
        context.presenter(ContractionReport.class, r -> Outputs.of(r.table(), r.recovery().table(), r.figure()));
        context.presenter(AnomalyReport.class, r -> Outputs.of(r.outputs().toArray()));
    }
}
