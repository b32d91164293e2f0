package lab.subspace.numerics.nn;

import org.ejml.data.DMatrixRMaj;

/**
 * A loss on a batch and its gradient.
 *
 * @param value    the loss
 * @param gradient dLoss/dOutput, same shape as the output
 */
public record LossValue(double value, DMatrixRMaj gradient) {
}
