package lab.subspace.numerics.nn;

import java.util.Map;

import org.ejml.data.DMatrixRMaj;

/**
 * Value of an {@link ActivationPenalty} and its gradients.
 *
 * @param value               the penalty (already multiplied by its weight)
 * @param activationGradients layer index to dPenalty/dH_layer (batch x units)
 */
public record PenaltyValue(double value, Map<Integer, DMatrixRMaj> activationGradients) {

    public PenaltyValue {
        activationGradients = Map.copyOf(activationGradients);
    }

    /** No penalty. */
    public static PenaltyValue none() {
        return new PenaltyValue(0, Map.of());
    }
}
