package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;

/**
 * The linear factor model baseline Y ~ mu + F L^T fitted by SVD completion ({@link LinearFactorModel}).
 *
 * <pre>{@code
 * LinearFit lin = LinearFactorModel.complete(Y, 3);
 * double e = Errors.relative(lin.completed(), truth);
 * }</pre>
 *
 * @param completed  mu + the rank-r part at every entry
 * @param mean       the fitted offset mu
 * @param trainRmse  root-mean-square residual on the observed entries
 * @param iterations iterations run
 * @param converged  whether the tolerance was met
 */
public record LinearFit(DMatrixRMaj completed, double mean, double trainRmse, int iterations, boolean converged) {
}
