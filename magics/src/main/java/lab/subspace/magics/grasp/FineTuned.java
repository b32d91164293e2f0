package lab.subspace.magics.grasp;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.nn.Mlp;

/**
 * A model fine-tuned by {@link LoraTuning}: the network (first layer carrying the trained LoRA
 * adapter), how it was trained, and the directions it ablates at inference.
 *
 * @param model        the fine-tuned network (frozen weights, live adapter on layer 0)
 * @param intervention what the fine-tune did about identified directions
 * @param ablation     directions removed from every input at inference (d x k), or null
 * @param loss         mean training loss per epoch; not copied
 * @param diverged     whether the loss became non-finite (training stopped there)
 */
public record FineTuned(Mlp model, Intervention intervention, DMatrixRMaj ablation, double[] loss, boolean diverged) {

    /** The weight update scale B A of the first layer (outputs x d): what identification reads. */
    public DMatrixRMaj update() {
        return model.layer(0).adapterDelta();
    }

    /** The adapter's A (r x d) and B (outputs x r), copies. */
    public DMatrixRMaj adapterA() {
        return model.layer(0).adapterA().copy();
    }

    public DMatrixRMaj adapterB() {
        return model.layer(0).adapterB().copy();
    }

    /** The network's outputs on representations x (n x d), after the inference-time ablation if any. */
    public DMatrixRMaj predict(DMatrixRMaj x) {
        Matrices.requireCols("x", x, model.inputs());
        return model.predict(ablation == null ? x : Subspaces.residual(x, ablation));
    }

    /**
     * The same model with V removed from its inputs at inference only: activation steering of a model
     * that was trained without it.
     */
    public FineTuned steered(DMatrixRMaj v) {
        Intervention check = Intervention.ablate(v);
        check.requireDimension(model.inputs());
        return new FineTuned(model, intervention, check.directions(), loss, diverged);
    }

    /** Training loss of the last epoch run (NaN if none). */
    public double finalLoss() {
        return loss.length == 0 ? Double.NaN : loss[loss.length - 1];
    }
}
