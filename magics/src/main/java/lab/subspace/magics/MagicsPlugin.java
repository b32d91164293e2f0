package lab.subspace.magics;

import lab.subspace.kernel.spi.KernelPlugin;
import lab.subspace.kernel.spi.PluginContext;

/**
 * Registers the paper plugins' magics and result views, and imports the data API into cells.
 * Each paper package contributes one {@code register} call here.
 */
public final class MagicsPlugin implements KernelPlugin {

    @Override
    public void register(PluginContext context) {
        context.imports("lab.subspace.data.*", "org.ejml.data.DMatrixRMaj", "org.ejml.simple.SimpleMatrix",
                "org.ejml.dense.row.CommonOps_DDRM");
        lab.subspace.magics.audit.AuditPlugin.register(context);
        lab.subspace.magics.coco.CocoPlugin.register(context);
        lab.subspace.magics.deblur.DeblurPlugin.register(context);
        lab.subspace.magics.diffusion.DiffusionPlugin.register(context);
        lab.subspace.magics.factorlink.FactorLinkPlugin.register(context);
        lab.subspace.magics.featlearn.FeatureLearningPlugin.register(context);
        lab.subspace.magics.fourier.FourierPlugin.register(context);
        lab.subspace.magics.game.GamePlugin.register(context);
        lab.subspace.magics.grasp.GraspPlugin.register(context);
        lab.subspace.magics.mcboost.McBoostPlugin.register(context);
        lab.subspace.magics.merge.MergePlugin.register(context);
        lab.subspace.magics.mhanw.MhaNwPlugin.register(context);
        lab.subspace.magics.npcosts.NpCostsPlugin.register(context);
        lab.subspace.magics.pos.PosPlugin.register(context);
        lab.subspace.magics.shift.ShiftPlugin.register(context);
        lab.subspace.magics.sinkhorn.SinkhornPlugin.register(context);
        lab.subspace.magics.symopt.SymOptPlugin.register(context);
        lab.subspace.magics.twistedsmc.TwistedSmcPlugin.register(context);
    }
}
