package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Subspaces;

/**
 * The subspace a merge is computed in: an orthonormal basis U (d x r) of the rank-r task subspace
 * (the top-r right singular vectors of the T x d task-vector matrix), or the whole parameter space.
 *
 * <pre>{@code
 * TaskBasis b = TaskBasis.of(problem, 4);     // U: d x 4
 * double[] c = b.coordinates(tau);             // U^T tau
 * double[] p = b.project(tau);                 // U U^T tau
 * }</pre>
 *
 * @param u              d x r with orthonormal columns, or null for the whole space (U = I)
 * @param dimension      d
 * @param capturedEnergy fraction of the task vectors' squared norm inside span(U) (1 for the whole space)
 */
public record TaskBasis(DMatrixRMaj u, int dimension, double capturedEnergy) {

    /** The rank-r task subspace of {@code problem}: top-r right singular vectors of its task vectors. */
    public static TaskBasis of(MergeProblem problem, int rank) {
        int max = Math.min(problem.tasks(), problem.dimension());
        if (rank < 1 || rank > max) {
            throw new IllegalArgumentException("rank must be in [1, " + max + "] (" + problem.tasks() + " tasks, "
                    + problem.dimension() + " parameters) but is " + rank);
        }
        DMatrixRMaj u = Spectra.top(problem.taskVectors(), rank).v();
        return new TaskBasis(u, problem.dimension(), captured(problem, u));
    }

    /** A basis of the caller's choice (d x r, orthonormal columns), e.g. from a spectral method. */
    public static TaskBasis of(MergeProblem problem, DMatrixRMaj u) {
        Matrices.requireRows("basis", u, problem.dimension());
        Subspaces.requireOrthonormal("basis", u);
        return new TaskBasis(u.copy(), problem.dimension(), captured(problem, u));
    }

    /** The whole parameter space (U = I, never materialised). */
    public static TaskBasis full(int dimension) {
        return new TaskBasis(null, dimension, 1.0);
    }

    public boolean isFull() {
        return u == null;
    }

    /** r (d for the whole space). */
    public int rank() {
        return u == null ? dimension : u.numCols;
    }

    /** U^T v (v itself for the whole space). */
    public double[] coordinates(double[] v) {
        Matrices.requireLength("v", v, dimension);
        return u == null ? v.clone() : Subspaces.coordinates(Matrices.row(v), u).data;
    }

    /** U c. */
    public double[] lift(double[] c) {
        Matrices.requireLength("c", c, rank());
        return u == null ? c.clone() : CommonOps_DDRM.mult(u, Matrices.column(c), null).data;
    }

    /** U U^T v, the part of v inside the subspace. */
    public double[] project(double[] v) {
        return lift(coordinates(v));
    }

    private static double captured(MergeProblem problem, DMatrixRMaj u) {
        DMatrixRMaj inside = Subspaces.coordinates(problem.taskVectors(), u);
        double total = Spectra.totalEnergy(problem.taskVectors().data);
        return total == 0 ? 1.0 : Math.min(1.0, Spectra.totalEnergy(inside.data) / total);
    }
}
