package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * The k largest eigenvalues of a symmetric matrix and their eigenvectors, from
 * {@link KrylovEigen}.
 *
 * <p>Sign convention: the entry of largest magnitude of each eigenvector is positive.
 *
 * @param values      the k largest eigenvalues, DESCENDING; not copied
 * @param vectors     n x k orthonormal eigenvectors as columns, in the same order
 * @param cycles      restart cycles run
 * @param maxResidual largest residual |A v - lambda v| of the returned pairs
 * @param converged   whether maxResidual fell below the tolerance (else the cycle cap was hit)
 */
public record TopEigenpairs(double[] values, DMatrixRMaj vectors, int cycles, double maxResidual, boolean converged) {

    /** Number of eigenpairs. */
    public int k() {
        return values.length;
    }
}
