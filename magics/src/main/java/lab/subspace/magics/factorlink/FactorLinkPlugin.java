package lab.subspace.magics.factorlink;

import lab.subspace.kernel.spi.PluginContext;

/**
 * Registers {@code %factor-link} and how its results are shown ("Learning Nonlinear Factor Models
 * with Unknown Monotone Links from Incomplete and Noisy Data").
 *
 * <pre>{@code
 * FactorLinkPlugin.register(context);      // from MagicsPlugin
 * }</pre>
 */
public final class FactorLinkPlugin {

    private FactorLinkPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(FactorLinkMagic.class);
        context.presenter(FactorLinkFit.class, FactorLinkViews::fit);
        context.presenter(ConvergenceReport.class, FactorLinkViews::convergence);
        context.presenter(SweepReport.class, FactorLinkViews::sweep);
    }
}
