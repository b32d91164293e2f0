package lab.subspace.numerics.nn;

/**
 * A regulariser on hidden representations, added to the loss during {@link Trainer} training:
 * given the batch's forward pass (and which training rows the batch holds, to look up fixed
 * per-sample references such as a base model's activations), it returns its value and its
 * gradients with respect to hidden activations.
 */
@FunctionalInterface
public interface ActivationPenalty {

    /**
     * @param forward the batch's forward pass (do not modify)
     * @param rows    indices of the batch's samples in the training set
     */
    PenaltyValue evaluate(Forward forward, int[] rows);
}
