package lab.subspace.magics.grasp;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Subspaces;

/**
 * What a fine-tune does about identified factor directions V (d x k, orthonormal columns).
 *
 * <ul>
 *   <li>{@link Kind#NONE}: the naive LoRA fine-tune;</li>
 *   <li>{@link Kind#PROJECT}: GRASP, gradients G &lt;- G (I - V V^T) on the adapter, so the weight
 *       update never reads V while the pretrained weights' use of V is kept;</li>
 *   <li>{@link Kind#ABLATE}: activation ablation, x &lt;- x (I - V V^T) during training and at
 *       inference, which also removes what the pretrained model read along V.</li>
 * </ul>
 *
 * @param kind       what is done
 * @param directions V, or null for {@link Kind#NONE}
 */
public record Intervention(Kind kind, DMatrixRMaj directions) {

    /** The three fine-tuning regimes. */
    public enum Kind {
        NONE, PROJECT, ABLATE
    }

    /**
     * @throws IllegalArgumentException when V is missing, empty or not orthonormal
     */
    public Intervention {
        if (kind == null) {
            throw new IllegalArgumentException("the intervention kind is missing");
        }
        if (kind == Kind.NONE) {
            if (directions != null) {
                throw new IllegalArgumentException("the naive fine-tune takes no directions");
            }
        } else {
            if (directions == null || directions.numCols == 0) {
                throw new IllegalArgumentException(kind + " needs at least one direction (V is d x k with k >= 1)");
            }
            Subspaces.requireOrthonormal("the directions V", directions);
            directions = directions.copy();
        }
    }

    public static Intervention none() {
        return new Intervention(Kind.NONE, null);
    }

    /** GRASP: project the adapter's gradients off V. */
    public static Intervention grasp(DMatrixRMaj v) {
        return new Intervention(Kind.PROJECT, v);
    }

    /** Activation ablation of V in training and at inference. */
    public static Intervention ablate(DMatrixRMaj v) {
        return new Intervention(Kind.ABLATE, v);
    }

    @Override
    public DMatrixRMaj directions() {
        return directions == null ? null : directions.copy();
    }

    void requireDimension(int d) {
        if (directions != null) {
            Matrices.requireRows("the directions V", directions, d);
        }
    }
}
