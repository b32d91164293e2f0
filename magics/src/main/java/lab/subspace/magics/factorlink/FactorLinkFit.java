package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * A fitted nonlinear factor model Y ~ g(F L^T).
 *
 * <pre>{@code
 * FactorLinkFit fit = FactorLink.fit(Y, 3);
 * DMatrixRMaj Yhat = fit.completed();
 * double[] curve = fit.link().values(grid);
 * }</pre>
 *
 * @param method     "nonlinear (BCD)" or "oracle link"
 * @param factors    F, n x r, with F^T F / n = I
 * @param loadings   L, p x r, with L^T L diagonal descending
 * @param link       the estimated monotone link (or the fixed one for the oracle)
 * @param completed  g(F L^T) at every entry, observed or not
 * @param trainRmse  root-mean-square residual on the observed entries, at the start and after each iteration
 * @param truthError relative error against the true matrix ({@link Errors#relative}) at the same
 *                   points, or empty without a truth
 * @param iterations iterations run
 * @param converged  whether the tolerance was met before the iteration limit
 */
public record FactorLinkFit(String method, DMatrixRMaj factors, DMatrixRMaj loadings, LinkFunction link,
        DMatrixRMaj completed, double[] trainRmse, double[] truthError, int iterations, boolean converged) {

    /** The index matrix Z = F L^T. */
    public DMatrixRMaj index() {
        return CommonOps_DDRM.multTransB(factors, loadings, null);
    }

    /** The last relative error against the truth, or NaN without one. */
    public double finalError() {
        return truthError.length == 0 ? Double.NaN : truthError[truthError.length - 1];
    }

    public int rank() {
        return factors.numCols;
    }
}
