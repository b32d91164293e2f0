package lab.subspace.magics.grasp;

import java.time.Duration;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.display.Progress;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.nn.Dense;
import lab.subspace.numerics.nn.GradientTransform;
import lab.subspace.numerics.nn.Loss;
import lab.subspace.numerics.nn.Mlp;
import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.nn.Trainer;
import lab.subspace.numerics.random.Rng;

/**
 * LoRA fine-tuning of the first layer of a pretrained {@link Mlp}, naive or with GRASP (GRadient
 * projection of Associated Spurious Patterns) or activation ablation, from "Unsupervised
 * Identification and Removal of Spurious Correlations During Fine-Tuning" (arXiv:2605.27676).
 *
 * <p>All pretrained weights are frozen; layer 0 gets an adapter W + B A (B = 0 at the start, so the
 * fine-tune starts at the pretrained function). With {@link Intervention#grasp GRASP}, A starts
 * orthogonal to V and its gradient is projected, G_A &lt;- G_A (I - V V^T), so the update B A is
 * orthogonal to V at every step: the model gains no new reliance on the factor, while the
 * pretrained W still reads it as before. With {@link Intervention#ablate ablation}, V is removed
 * from every input instead.
 *
 * <pre>{@code
 * FineTuned naive = LoraTuning.tune(pretrained, x, y, Losses.SOFTMAX_CROSS_ENTROPY, TuneSpec.defaults(), Intervention.none(), 1);
 * DMatrixRMaj v = Factors.identify(naive.update()).directions(1);     // top right singular vector of B A
 * FineTuned grasp = LoraTuning.tune(pretrained, x, y, Losses.SOFTMAX_CROSS_ENTROPY, TuneSpec.defaults(), Intervention.grasp(v), 1);
 * }</pre>
 */
public final class LoraTuning {

    private LoraTuning() {
    }

    /**
     * Fine-tunes a copy of {@code pretrained} on (x, targets); the pretrained network is not modified.
     *
     * @param x       inputs (n x d), one sample per row
     * @param targets targets shaped as {@code loss} expects
     * @param seed    seed of the adapter's initialisation and of the batch order
     * @throws IllegalArgumentException on mismatched shapes, a too large rank or directions of the wrong dimension
     */
    public static FineTuned tune(Mlp pretrained, DMatrixRMaj x, DMatrixRMaj targets, Loss loss, TuneSpec spec,
            Intervention intervention, long seed) {
        try (Progress progress = Progress.start("LoRA fine-tune (" + intervention.kind().name().toLowerCase(Locale.ROOT)
                + ")", spec.epochs(), Duration.ofSeconds(1))) {
            return tune(pretrained, x, targets, loss, spec, intervention, seed, progress);
        }
    }

    static FineTuned tune(Mlp pretrained, DMatrixRMaj x, DMatrixRMaj targets, Loss loss, TuneSpec spec, Intervention intervention,
            long seed, Progress progress) {
        Matrices.requireCols("x", x, pretrained.inputs());
        Matrices.requireSameRows("x", x, "targets", targets);
        Matrices.requireFinite("x", x);
        if (x.numRows == 0) {
            throw new IllegalArgumentException("x has no rows");
        }
        intervention.requireDimension(pretrained.inputs());
        Mlp net = pretrained.copy();
        for (int l = 0; l < net.layers(); l++) {
            net.layer(l).setFrozen(true);
            net.layer(l).removeAdapter();
        }
        Rng rng = new Rng(seed);
        Dense first = net.layer(0);
        first.addAdapter(spec.rank(), 1.0, rng.split());
        CommonOps_DDRM.scale(spec.adapterInit(), first.adapterA());
        Optimizer optimizer = Optimizers.sgd(spec.learningRate(), spec.momentum());
        DMatrixRMaj inputs = x;
        DMatrixRMaj v = intervention.directions();
        switch (intervention.kind()) {
            case PROJECT -> {
                first.adapterA().setTo(Subspaces.residual(first.adapterA(), v));
                int index = net.parameterNames().indexOf("0.adapter_A");
                optimizer = optimizer.withGradientTransform(GradientTransform.removeDirections(index, v));
            }
            case ABLATE -> inputs = Subspaces.residual(x, v);
            case NONE -> { }
        }
        double[] history = MiniBatches.train(Trainer.of(net, loss, optimizer), inputs, targets, spec.epochs(), spec.batchSize(),
                rng.split(), progress);
        boolean diverged = history.length > 0 && !Double.isFinite(history[history.length - 1]);
        return new FineTuned(net, intervention, intervention.kind() == Intervention.Kind.ABLATE ? v : null, history, diverged);
    }
}
