package lab.subspace.magics.shift;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %shift} and how its results are shown. */
public final class ShiftPlugin {

    private ShiftPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(ShiftMagic.class);
        context.presenter(ShiftReport.class, ShiftView::report);
        context.presenter(ShiftDetection.class, ShiftView::detection);
        context.presenter(Attribution.class, ShiftView::attribution);
        context.presenter(Compensation.class, ShiftView::compensation);
        context.presenter(NullCalibration.class, ShiftView::calibration);
        context.presenter(NullComparison.class, ShiftView::comparison);
        context.presenter(ShiftTiming.class, ShiftView::timing);
    }
}
