package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %twisted-smc} and how its results are shown (a table, then figures). */
public final class TwistedSmcPlugin {

    private TwistedSmcPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(TwistedSmcMagic.class);
        context.presenter(ParticleSweepResult.class, ParticleSweepResult::outputs);
        context.presenter(IterationSweepResult.class, IterationSweepResult::outputs);
        context.presenter(SampleComparisonResult.class, SampleComparisonResult::outputs);
    }
}
