package lab.subspace.numerics.linalg;

/**
 * The largest eigenvalue of a symmetric matrix and a unit eigenvector, from {@link Lanczos}.
 *
 * @param value      the largest (algebraic) eigenvalue
 * @param vector     unit eigenvector; not copied
 * @param residual   |A x - value x| of the returned pair
 * @param iterations Lanczos steps taken (matrix-vector products)
 * @param converged  whether the residual reached the requested tolerance
 */
public record TopEigenpair(double value, double[] vector, double residual, int iterations, boolean converged) {
}
