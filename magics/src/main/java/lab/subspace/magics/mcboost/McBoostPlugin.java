package lab.subspace.magics.mcboost;

import lab.subspace.kernel.spi.PluginContext;

/**
 * Registers {@code %mcboost} and how its results are shown ("Multicalibration Boosting: Theory,
 * Convergence, and Transferability").
 *
 * <pre>{@code
 * McBoostPlugin.register(context);      // from MagicsPlugin
 * }</pre>
 */
public final class McBoostPlugin {

    private McBoostPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(McBoostMagic.class);
        context.presenter(McBoostFit.class, McBoostViews::fit);
        context.presenter(McTables.Result.class, McBoostViews::tableResult);
        context.presenter(TradeoffReport.class, McBoostViews::tradeoff);
        context.presenter(TransferReport.class, McBoostViews::transfer);
        context.presenter(ConvergenceReport.class, McBoostViews::convergence);
    }
}
