package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Subspaces;

/**
 * The linear factor model baseline: rank-r SVD completion with an offset, Y ~ mu + F L^T, by hard
 * impute (fill the missing entries with the current estimate, take the rank-r part; Mazumder,
 * Hastie and Tibshirani, JMLR 2010, section 7). Each iteration takes one block power step from the
 * previous right singular subspace instead of a full SVD, which reaches the same fixed point at
 * O(n p r) per iteration; mu is re-fitted as the mean observed residual.
 *
 * <pre>{@code
 * LinearFit lin = LinearFactorModel.complete(Y, 3);
 * }</pre>
 */
public final class LinearFactorModel {

    /** Default iteration limit and relative tolerance on the change of the estimate. */
    public static final int MAX_ITERATIONS = 500;
    public static final double TOLERANCE = 1e-9;

    private LinearFactorModel() {
    }

    public static LinearFit complete(MaskedMatrix y, int rank) {
        return complete(y, rank, MAX_ITERATIONS, TOLERANCE);
    }

    /**
     * @throws IllegalArgumentException for a bad rank, iteration limit or tolerance, or nothing observed
     */
    public static LinearFit complete(MaskedMatrix y, int rank, int maxIterations, double tolerance) {
        int n = y.rows();
        int p = y.cols();
        if (rank < 1 || rank >= Math.min(n, p)) {
            throw new IllegalArgumentException("rank must be in [1, " + (Math.min(n, p) - 1) + "] for a " + n + " x " + p
                    + " matrix but is " + rank);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1 but is " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0 but is " + tolerance);
        }
        if (y.observed() == 0) {
            throw new IllegalArgumentException("no entry of the " + n + " x " + p + " matrix is observed");
        }
        Matrices.requireFinite("Y", y.values());
        Memory.requireMatrices(n, p, 3, "SVD completion");
        double[] mask = y.mask().data;
        double[] values = y.values().data;
        DMatrixRMaj[] start = FactorLink.centredStart(y, rank);
        DMatrixRMaj low = CommonOps_DDRM.multTransB(start[0], start[1], null);
        DMatrixRMaj v = Subspaces.orthonormalize(start[1]);
        double mean = meanResidual(values, mask, low);
        DMatrixRMaj filled = new DMatrixRMaj(n, p);
        int it = 0;
        boolean converged = false;
        while (it < maxIterations) {
            Interrupts.check();
            for (int k = 0; k < filled.data.length; k++) {
                filled.data[k] = mask[k] != 0 ? values[k] - mean : low.data[k];
            }
            DMatrixRMaj u = Subspaces.orthonormalize(CommonOps_DDRM.mult(filled, v, null));
            DMatrixRMaj w = CommonOps_DDRM.multTransA(filled, u, null);
            DMatrixRMaj next = CommonOps_DDRM.multTransB(u, w, null);
            v = Subspaces.orthonormalize(w);
            double change = 0;
            double norm = 0;
            for (int k = 0; k < next.data.length; k++) {
                double d = next.data[k] - low.data[k];
                change += d * d;
                norm += low.data[k] * low.data[k];
            }
            low = next;
            mean = meanResidual(values, mask, low);
            it++;
            if (norm > 0 ? Math.sqrt(change / norm) <= tolerance : change == 0) {
                converged = true;
                break;
            }
        }
        double sq = 0;
        for (int k = 0; k < low.data.length; k++) {
            low.data[k] += mean;
            if (mask[k] != 0) {
                double d = values[k] - low.data[k];
                sq += d * d;
            }
        }
        return new LinearFit(low, mean, Math.sqrt(sq / y.observed()), it, converged);
    }

    private static double meanResidual(double[] values, double[] mask, DMatrixRMaj low) {
        double s = 0;
        int c = 0;
        for (int k = 0; k < values.length; k++) {
            if (mask[k] != 0) {
                s += values[k] - low.data[k];
                c++;
            }
        }
        return s / c;
    }
}
