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
        lab.subspace.magics.diffusion.DiffusionPlugin.register(context);
    }
}
