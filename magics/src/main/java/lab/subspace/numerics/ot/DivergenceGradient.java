package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * A divergence and its gradient with respect to the source points (one row per point), for
 * gradient flows: {@code x <- x - step * gradient / a_i}.
 *
 * @param divergence the value and its parts
 * @param gradient   dS/dx, n x d (a copy is returned)
 */
public record DivergenceGradient(DivergenceResult divergence, DMatrixRMaj gradient) {

    @Override
    public DMatrixRMaj gradient() {
        return gradient.copy();
    }
}
