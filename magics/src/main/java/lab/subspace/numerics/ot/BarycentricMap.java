package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The barycentric projection of a plan: T(x_i) = sum_j P_ij y_j / a_i, the image of each source
 * point (colour transfer maps each pixel colour this way; point clouds are mapped to the target).
 * A source point of zero weight has no image: its row is NaN.
 *
 * <pre>{@code
 * SinkhornResult r = OT.eot(OtProblem.of(x, y), 0.01);
 * DMatrixRMaj mapped = BarycentricMap.apply(r.plan(), Weights.uniform(x.numRows), y, null);
 * }</pre>
 */
public final class BarycentricMap {

    private BarycentricMap() {
    }

    /**
     * @param plan n x m plan (not modified)
     * @param a    source weights (length n)
     * @param y    m x d target points
     * @param out  n x d output (modified), or null to allocate
     * @return {@code out}, or the new matrix
     */
    public static DMatrixRMaj apply(DMatrixRMaj plan, double[] a, DMatrixRMaj y, DMatrixRMaj out) {
        checkShapes(plan.numRows, plan.numCols, a, y);
        out = output(out, plan.numRows, y.numCols);
        CommonOps_DDRM.mult(plan, y, out);
        return divideRows(out, a);
    }

    /** Same for a sparse plan (the exact solver's). */
    public static DMatrixRMaj apply(SparsePlan plan, double[] a, DMatrixRMaj y, DMatrixRMaj out) {
        checkShapes(plan.rows(), plan.cols(), a, y);
        out = output(out, plan.rows(), y.numCols);
        out.zero();
        int d = y.numCols;
        int[] ri = plan.i();
        int[] rj = plan.j();
        double[] val = plan.value();
        for (int q = 0; q < val.length; q++) {
            for (int k = 0; k < d; k++) {
                out.data[ri[q] * d + k] += val[q] * y.data[rj[q] * d + k];
            }
        }
        return divideRows(out, a);
    }

    private static void checkShapes(int n, int m, double[] a, DMatrixRMaj y) {
        if (a.length != n) {
            throw new IllegalArgumentException("plan has " + n + " rows but a has length " + a.length);
        }
        if (y.numRows != m) {
            throw new IllegalArgumentException("plan has " + m + " columns but y has " + y.numRows + " points");
        }
    }

    private static DMatrixRMaj output(DMatrixRMaj out, int n, int d) {
        if (out == null) {
            return new DMatrixRMaj(n, d);
        }
        if (out.numRows != n || out.numCols != d) {
            throw new IllegalArgumentException("output is " + out.numRows + " x " + out.numCols + " but must be " + n + " x " + d);
        }
        return out;
    }

    private static DMatrixRMaj divideRows(DMatrixRMaj out, double[] a) {
        int d = out.numCols;
        for (int i = 0; i < a.length; i++) {
            double inv = a[i] > 0 ? 1 / a[i] : Double.NaN;
            for (int k = 0; k < d; k++) {
                out.data[i * d + k] *= inv;
            }
        }
        return out;
    }
}
