package lab.subspace.magics.symopt;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %symopt} and how its results are shown (a table, then figures). */
public final class SymOptPlugin {

    private SymOptPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(SymOptMagic.class);
        context.presenter(EquivarianceTable.class, t -> Outputs.of(t.table(), t.heatmap()));
        context.presenter(PolarReport.class, r -> Outputs.of(r.table(), r.convergenceFigure()));
        context.presenter(TrainingComparison.class, c -> c.hasRouter()
                ? Outputs.of(c.table(), c.curvesFigure(), c.imbalanceFigure(), c.sweepFigure())
                : Outputs.of(c.table(), c.curvesFigure(), c.sweepFigure()));
    }
}
