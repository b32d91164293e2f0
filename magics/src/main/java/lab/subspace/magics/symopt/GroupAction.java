package lab.subspace.magics.symopt;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;

/**
 * One element of a {@link Group}: G -&gt; L G R + 1 c^T on gradients, U -&gt; L U R on updates (and
 * on parameters, whose shift component does not change the model).
 *
 * @param group the group it was drawn from
 * @param left  L (m x m)
 * @param right R (n x n)
 * @param shift c (length n; zeros for a linear group)
 */
public record GroupAction(Group group, DMatrixRMaj left, DMatrixRMaj right, double[] shift) {

    public GroupAction {
        Matrices.requireSquare("L", left);
        Matrices.requireSquare("R", right);
        Matrices.requireLength("c", shift, right.numRows);
        left = left.copy();
        right = right.copy();
        shift = shift.clone();
    }

    @Override
    public DMatrixRMaj left() {
        return left.copy();
    }

    @Override
    public DMatrixRMaj right() {
        return right.copy();
    }

    @Override
    public double[] shift() {
        return shift.clone();
    }

    /** L G R + 1 c^T, a new matrix. */
    public DMatrixRMaj onGradient(DMatrixRMaj g) {
        DMatrixRMaj out = onUpdate(g);
        for (int i = 0; i < out.numRows; i++) {
            for (int j = 0; j < out.numCols; j++) {
                out.data[i * out.numCols + j] += shift[j];
            }
        }
        return out;
    }

    /** L U R, a new matrix. */
    public DMatrixRMaj onUpdate(DMatrixRMaj u) {
        if (u.numRows != left.numRows || u.numCols != right.numRows) {
            throw new IllegalArgumentException("the action is for " + left.numRows + " x " + right.numRows + " matrices but got "
                    + u.numRows + " x " + u.numCols);
        }
        return CommonOps_DDRM.mult(CommonOps_DDRM.mult(left, u, null), right, null);
    }
}
