package lab.subspace.magics.diffusion;

import org.ejml.data.DMatrixRMaj;

/**
 * Points drawn from a {@link SubspaceMixture} with the component each came from.
 *
 * @param points     n x D points
 * @param components the component (subspace index) of each point
 */
public record MixtureSample(DMatrixRMaj points, int[] components) {
}
