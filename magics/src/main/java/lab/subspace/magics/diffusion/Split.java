package lab.subspace.magics.diffusion;

import org.ejml.data.DMatrixRMaj;

/**
 * Independent training samples and fresh samples (to measure the generated distribution against).
 *
 * @param train n x D training samples
 * @param fresh m x D fresh samples, independent of {@code train}
 */
public record Split(DMatrixRMaj train, DMatrixRMaj fresh) {
}
