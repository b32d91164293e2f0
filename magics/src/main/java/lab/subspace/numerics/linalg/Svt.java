package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Result of singular value thresholding.
 *
 * @param value          the thresholded matrix
 * @param rank           number of singular values left above zero
 * @param singularValues the remaining (shrunk) singular values, descending; not copied
 * @param nuclearNorm    their sum, |value|_*
 */
public record Svt(DMatrixRMaj value, int rank, double[] singularValues, double nuclearNorm) {
}
