package lab.subspace.magics.merge;

import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %merge} and how its results are shown. */
public final class MergePlugin {

    private MergePlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(MergeMagic.class);
        context.presenter(MergeReport.class, MergeReportView::present);
        context.presenter(Merge.class, MergeReportView::present);
        context.presenter(ComparisonReport.class, ComparisonView::present);
        context.presenter(SweepReport.class, SweepView::present);
    }
}
