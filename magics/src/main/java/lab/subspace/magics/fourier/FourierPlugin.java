package lab.subspace.magics.fourier;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %fourier-learning} and how its results are shown. */
public final class FourierPlugin {

    private FourierPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(FourierMagic.class);
        context.presenter(CurvesResult.class, FourierView::curves);
        context.presenter(ScalingResult.class, FourierView::scaling);
    }
}
