package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Eigen-decomposition of a symmetric matrix A = V diag(values) V^T.
 *
 * @param values  eigenvalues, ascending; not copied
 * @param vectors orthonormal eigenvectors as columns, in the same order
 */
public record SymmetricEigen(double[] values, DMatrixRMaj vectors) {
}
