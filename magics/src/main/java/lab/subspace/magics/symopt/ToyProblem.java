package lab.subspace.magics.symopt;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;

/** A model trained by the toy experiments: its parameters, stochastic gradients and evaluation. */
public interface ToyProblem {

    /** The live parameter matrices, in the order the optimizer sees them. */
    List<DMatrixRMaj> parameters();

    /** Draws a batch with {@code rng} and returns the gradients of its loss, one per parameter. */
    List<DMatrixRMaj> sampleGradients(Rng rng);

    /** The evaluation loss and, for a model with a router, its load imbalance, now. */
    Evaluation evaluate();

    /**
     * @param loss      evaluation loss
     * @param imbalance router load imbalance E max_e load_e - 1 (0 = balanced), NaN without a router
     */
    record Evaluation(double loss, double imbalance) {
    }
}
