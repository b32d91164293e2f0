package lab.subspace.magics.grasp;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %grasp} and how its results are shown (a table, then figures). */
public final class GraspPlugin {

    private GraspPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(GraspMagic.class);
        context.presenter(GraspReport.class, GraspReport::outputs);
        context.presenter(SweepReport.class, SweepReport::outputs);
        context.presenter(CandidateFactors.class, CandidateFactors::outputs);
    }
}
