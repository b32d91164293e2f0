package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * A divergence and its gradient with respect to the source points (one row per point), for
 * gradient flows: {@code x <- x - step * gradient / a_i}.
 *
 * <pre>{@code
 * SinkhornOptions tight = SinkhornOptions.defaults().withTol(1e-12);
 * DMatrixRMaj g = OT.srotDivergenceGradient(OtProblem.of(x, y), 0.01, theta, tight).gradient();
 * }</pre>
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
