package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Proximal operators of the l1 and nuclear norms: soft-thresholding and singular value
 * thresholding (SVT), the building blocks of nuclear-norm matrix completion (Cai, Candes and
 * Shen, "A singular value thresholding algorithm for matrix completion", arXiv:0810.3286) as
 * used by GAME's ADMM.
 *
 * <pre>{@code
 * Svt z = Shrinkage.svt(Y, lambda / rho);   // argmin_Z tau |Z|_* + 1/2 |Z - Y|_F^2
 * DMatrixRMaj Z = z.value();
 * }</pre>
 */
public final class Shrinkage {

    private Shrinkage() {
    }

    /** sign(x) max(|x| - tau, 0). */
    public static double soft(double x, double tau) {
        requireTau(tau);
        return x > tau ? x - tau : x < -tau ? x + tau : 0;
    }

    /** Entry-wise soft-thresholding into a new matrix. */
    public static DMatrixRMaj soft(DMatrixRMaj a, double tau) {
        requireTau(tau);
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, a.numCols);
        int n = a.getNumElements();
        for (int k = 0; k < n; k++) {
            double x = a.data[k];
            out.data[k] = x > tau ? x - tau : x < -tau ? x + tau : 0;
        }
        return out;
    }

    /**
     * Singular value thresholding: U diag(max(s - tau, 0)) V^T, the proximal operator of
     * {@code tau |.|_*}. Uses the thin SVD of A (not modified).
     */
    public static Svt svt(DMatrixRMaj a, double tau) {
        requireTau(tau);
        TruncatedSvd svd = Spectra.svd(a);
        double[] s = svd.s();
        int r = 0;
        double[] shrunk = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            shrunk[i] = Math.max(0, s[i] - tau);
            if (shrunk[i] > 0) {
                r++;
            }
        }
        DMatrixRMaj value = new DMatrixRMaj(a.numRows, a.numCols);
        if (r > 0) {
            DMatrixRMaj us = CommonOps_DDRM.extract(svd.u(), 0, a.numRows, 0, r);
            for (int i = 0; i < us.numRows; i++) {
                for (int j = 0; j < r; j++) {
                    us.unsafe_set(i, j, us.unsafe_get(i, j) * shrunk[j]);
                }
            }
            DMatrixRMaj vr = CommonOps_DDRM.extract(svd.v(), 0, a.numCols, 0, r);
            CommonOps_DDRM.multTransB(us, vr, value);
        }
        double nuclear = 0;
        for (double x : shrunk) {
            nuclear += x;
        }
        return new Svt(value, r, java.util.Arrays.copyOf(shrunk, r), nuclear);
    }

    private static void requireTau(double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("threshold tau must be finite and >= 0 but is " + tau);
        }
    }
}
