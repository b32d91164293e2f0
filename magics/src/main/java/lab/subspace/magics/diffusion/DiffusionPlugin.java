package lab.subspace.magics.diffusion;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %diffusion-rates} and how its results are shown. */
public final class DiffusionPlugin {

    private DiffusionPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(DiffusionRatesMagic.class);
        context.presenter(RateResult.class,
                r -> Outputs.of(r.table(), r.figure(), r.slopeFigure(), r.ratioFigure(), r.costTable()));
        context.presenter(SampleResult.class, r -> r.mixture() != null
                ? Outputs.of(r.table(), r.projectionFigure(), r.subspaceFigure())
                : Outputs.of(r.table(), r.projectionFigure()));
        context.presenter(StepsResult.class, r -> Outputs.of(r.table(), r.figure()));
    }
}
