package lab.subspace.magics.featlearn;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.PluginContext;

/** Registers {@code %feature-learning} and how its results are shown. */
public final class FeatureLearningPlugin {

    private FeatureLearningPlugin() {
    }

    public static void register(PluginContext context) {
        context.magic(FeatureLearningMagic.class);
        context.presenter(SpectrumResult.class, r -> Outputs.of(r.table(), r.spectrumFigure(), r.alignmentFigure()));
        context.presenter(CovarianceResult.class, r -> Outputs.of(r.table(), r.eigenvalueFigure(), r.neuronFigure()));
        context.presenter(KernelResult.class, r -> Outputs.of(r.table(), r.entriesFigure(), r.diagonalFigure()));
        context.presenter(RidgeResult.class, r -> Outputs.of(r.table(), r.figure()));
    }
}
