package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.QRPDecomposition_F64;

import lab.subspace.data.Matrices;

/**
 * The SVD of a product B A of thin factors (B: m x r, A: r x n, r small), without forming the
 * m x n product: B = Q_B R_B and A^T = Q_A R_A, so B A = Q_B (R_B R_A^T) Q_A^T and only the
 * r x r core is decomposed (QR with column pivoting, so rank-deficient factors are fine). This is how a LoRA update scale B A (Hu et al., arXiv:2106.09685) of a
 * 4096 x 4096 layer is analysed in milliseconds.
 *
 * <pre>{@code
 * TruncatedSvd svd = LowRankSvd.of(loraB, loraA);   // r triplets of B A, descending
 * DMatrixRMaj v1 = CommonOps_DDRM.extract(svd.v(), 0, n, 0, 1);
 * }</pre>
 *
 * Signs follow {@link TruncatedSvd}'s convention, so the result agrees with
 * {@link Spectra#svd} of the formed product.
 */
public final class LowRankSvd {

    private LowRankSvd() {
    }

    /**
     * All min(m, r, n) singular triplets of B A, descending. Neither factor is modified.
     *
     * @throws IllegalArgumentException when the inner dimensions differ or a factor is not finite
     */
    public static TruncatedSvd of(DMatrixRMaj b, DMatrixRMaj a) {
        if (b.numCols != a.numRows) {
            throw new IllegalArgumentException("B is " + Matrices.shape(b) + " but A is " + Matrices.shape(a)
                    + ": the columns of B must match the rows of A");
        }
        Matrices.requireFinite("B", b);
        Matrices.requireFinite("A", a);
        int m = b.numRows;
        int r = b.numCols;
        int n = a.numCols;
        if (r >= Math.min(m, n)) {
            // Not thin: the product is no larger than the factors.
            return Spectra.svd(CommonOps_DDRM.mult(b, a, null));
        }
        DMatrixRMaj[] qrB = thinQr(b);
        DMatrixRMaj[] qrA = thinQr(CommonOps_DDRM.transpose(a, null));
        DMatrixRMaj core = CommonOps_DDRM.multTransB(qrB[1], qrA[1], null);
        TruncatedSvd small = Spectra.svd(core);
        DMatrixRMaj u = CommonOps_DDRM.mult(qrB[0], small.u(), null);
        DMatrixRMaj v = CommonOps_DDRM.mult(qrA[0], small.v(), null);
        Spectra.fixSigns(u, v);
        return new TruncatedSvd(u, small.s(), v);
    }

    /**
     * {Q (rows x cols, orthonormal columns), R (cols x cols)} with M = Q R, by QR with column
     * pivoting (M P = Q R', R = R' P^T) so that rank-deficient factors work too: a LoRA B starts
     * at zero.
     */
    private static DMatrixRMaj[] thinQr(DMatrixRMaj tall) {
        QRPDecomposition_F64<DMatrixRMaj> qr = DecompositionFactory_DDRM.qrp(tall.numRows, tall.numCols);
        if (!qr.decompose(qr.inputModified() ? tall.copy() : tall)) {
            throw new IllegalStateException("QR decomposition failed on a " + Matrices.shape(tall) + " matrix");
        }
        DMatrixRMaj pivot = qr.getColPivotMatrix(null);
        DMatrixRMaj r = CommonOps_DDRM.multTransB(qr.getR(null, true), pivot, null);
        return new DMatrixRMaj[] {qr.getQ(null, true), r};
    }
}
