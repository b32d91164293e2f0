package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.data.DMatrixSparseTriplet;
import org.ejml.ops.DConvertMatrixStruct;

import lab.subspace.numerics.Memory;

/**
 * A transport plan stored as its non-zero entries (the exact solver's plan has at most n + m - 1).
 *
 * <pre>{@code
 * SparsePlan plan = OT.exact(p).sparsePlan();
 * DMatrixRMaj dense = plan.dense();        // or plan.toCsc() for EJML's sparse algebra
 * }</pre>
 *
 * @param rows   number of source points n
 * @param cols   number of target points m
 * @param i      row of each entry (a copy is returned)
 * @param j      column of each entry (a copy is returned)
 * @param value  mass of each entry (a copy is returned)
 */
public record SparsePlan(int rows, int cols, int[] i, int[] j, double[] value) {

    public SparsePlan {
        if (i.length != j.length || i.length != value.length) {
            throw new IllegalArgumentException("entry arrays have lengths " + i.length + ", " + j.length + ", " + value.length);
        }
    }

    /** Number of stored entries. */
    public int size() {
        return value.length;
    }

    @Override
    public int[] i() {
        return i.clone();
    }

    @Override
    public int[] j() {
        return j.clone();
    }

    @Override
    public double[] value() {
        return value.clone();
    }

    /** A new dense n x m matrix (checks first that it fits in memory). */
    public DMatrixRMaj dense() {
        Memory.requireMatrices(rows, cols, 1, "dense view of the transport plan");
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int k = 0; k < value.length; k++) {
            out.data[i[k] * cols + j[k]] += value[k];
        }
        return out;
    }

    /** The plan as an EJML compressed-column sparse matrix. */
    public DMatrixSparseCSC toCsc() {
        DMatrixSparseTriplet t = new DMatrixSparseTriplet(rows, cols, value.length);
        for (int k = 0; k < value.length; k++) {
            t.addItem(i[k], j[k], value[k]);
        }
        return DConvertMatrixStruct.convert(t, (DMatrixSparseCSC) null);
    }

    /** {@code <C, P>} over the stored entries. */
    double dot(DMatrixRMaj c) {
        double s = 0;
        for (int k = 0; k < value.length; k++) {
            s += c.data[i[k] * cols + j[k]] * value[k];
        }
        return s;
    }
}
