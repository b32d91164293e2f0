package lab.subspace.magics.game;

import lab.subspace.kernel.spi.PluginContext;

/**
 * Registers {@code %game} and how GAME's results are shown ("Group-Aware Matrix Estimation and
 * Latent Subspace Recovery").
 *
 * <pre>{@code
 * GamePlugin.register(context);      // from MagicsPlugin
 * }</pre>
 */
public final class GamePlugin {

    private GamePlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(GameMagic.class);
        context.presenter(ComparisonReport.class, GameViews::comparison);
        context.presenter(SweepReport.class, GameViews::sweep);
        context.presenter(PathReport.class, GameViews::path);
        context.presenter(GameFit.class, GameViews::fit);
    }
}
