package lab.subspace.magics.coco;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %coco} and how its results are shown (a table, then figures). */
public final class CocoPlugin {

    private CocoPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(CocoMagic.class);
        context.presenter(CocoComparison.class, CocoComparison::outputs);
    }
}
