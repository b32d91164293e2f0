package lab.subspace.numerics.nn;

import org.ejml.data.DMatrixRMaj;

/** A training loss: its value on a batch and its gradient with respect to the network output. */
@FunctionalInterface
public interface Loss {

    /**
     * @param output the network's output (n x outputs); not modified
     * @param target the targets, shape as documented by the loss; not modified
     */
    LossValue evaluate(DMatrixRMaj output, DMatrixRMaj target);
}
