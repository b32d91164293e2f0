package lab.subspace.magics.deblur;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %deblur} and how its results are shown. */
public final class DeblurPlugin {

    private DeblurPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(DeblurMagic.class);
        context.presenter(DeblurReport.class, DeblurReport::outputs);
        context.presenter(BiasSweepReport.class, BiasSweepReport::outputs);
        context.presenter(LightSweepReport.class, LightSweepReport::outputs);
        context.presenter(RestoreReport.class, RestoreReport::outputs);
    }
}
