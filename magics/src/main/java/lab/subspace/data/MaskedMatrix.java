package lab.subspace.data;

import org.ejml.data.DMatrixRMaj;

/**
 * A matrix with missing entries, as matrix-completion methods want it: the observed values (0
 * where missing), a 0/1 mask (1 = observed) of the same shape, and the number of observed
 * entries. Multiply element-wise by the mask to apply the sampling operator P_Omega.
 *
 * <pre>{@code
 * MaskedMatrix y = Matrices.masked("Y", Path.of("ratings.csv").toString());
 * CommonOps_DDRM.elementMult(residual, y.mask());   // P_Omega(residual)
 * }</pre>
 *
 * @param values   observed values, 0 at missing positions
 * @param mask     1 at observed positions, 0 at missing ones
 * @param observed number of observed entries
 */
public record MaskedMatrix(DMatrixRMaj values, DMatrixRMaj mask, int observed) {

    public int rows() {
        return values.numRows;
    }

    public int cols() {
        return values.numCols;
    }

    /** Whether entry (i, j) is observed. */
    public boolean isObserved(int i, int j) {
        return mask.get(i, j) != 0;
    }

    /** Fraction of entries observed. */
    public double observedFraction() {
        int n = values.getNumElements();
        return n == 0 ? 0 : (double) observed / n;
    }
}
