package lab.subspace.magics.merge;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.RowOps;

/**
 * What is merged: a shared base theta_0 (d parameters), T task vectors tau_t = theta_t - theta_0
 * (the ROWS of a T x d matrix) and each task's curvature H_t at its fine-tuned parameters.
 *
 * <pre>{@code
 * MergeProblem p = MergeProblem.fromFinetuned(theta0, thetas, MergeProblem.diagonals(fisher)); // thetas, fisher: T x d
 * MergeProblem q = MergeProblem.of(theta0, tau, List.of(Curvature.full(h1), Curvature.full(h2)));
 * }</pre>
 *
 * Immutable: inputs are copied, and the accessors return the internal arrays, which callers must
 * not modify.
 *
 * @param base        theta_0, length d
 * @param taskVectors T x d, row t = tau_t
 * @param curvatures  T curvatures of dimension d
 * @param names       T task names
 */
public record MergeProblem(double[] base, DMatrixRMaj taskVectors, List<Curvature> curvatures, List<String> names) {

    public MergeProblem {
        if (base == null || taskVectors == null || curvatures == null || names == null) {
            throw new IllegalArgumentException("base, task vectors, curvatures and names must not be null");
        }
        if (base.length == 0) {
            throw new IllegalArgumentException("the base parameters are empty");
        }
        Matrices.requireFinite("base", base);
        Matrices.requireFinite("task vectors", taskVectors);
        if (taskVectors.numRows < 1) {
            throw new IllegalArgumentException("there must be at least one task vector");
        }
        if (taskVectors.numCols != base.length) {
            throw new IllegalArgumentException("task vectors have " + taskVectors.numCols + " parameters (columns) but the base has "
                    + base.length + "; pass one task per ROW (T x d)");
        }
        if (curvatures.size() != taskVectors.numRows) {
            throw new IllegalArgumentException("there are " + taskVectors.numRows + " tasks but " + curvatures.size() + " curvatures");
        }
        for (int t = 0; t < curvatures.size(); t++) {
            Curvature h = curvatures.get(t);
            if (h == null) {
                throw new IllegalArgumentException("curvature " + t + " is null");
            }
            if (h.dimension() != base.length) {
                throw new IllegalArgumentException("curvature " + t + " has dimension " + h.dimension() + " but there are "
                        + base.length + " parameters");
            }
        }
        if (names.size() != taskVectors.numRows) {
            throw new IllegalArgumentException("there are " + taskVectors.numRows + " tasks but " + names.size() + " names");
        }
        Memory.requireDoubles((long) taskVectors.numRows * taskVectors.numCols, "copy of the task vectors");
        base = base.clone();
        taskVectors = taskVectors.copy();
        curvatures = List.copyOf(curvatures);
        names = List.copyOf(names);
    }

    /** Task vectors given directly, tasks named "task 1".."task T". */
    public static MergeProblem of(double[] base, DMatrixRMaj taskVectors, List<Curvature> curvatures) {
        return new MergeProblem(base, taskVectors, curvatures, defaultNames(taskVectors.numRows));
    }

    /** Fine-tuned parameters theta_t (rows of a T x d matrix); the task vectors are theta_t - theta_0. */
    public static MergeProblem fromFinetuned(double[] base, DMatrixRMaj finetuned, List<Curvature> curvatures) {
        if (finetuned.numCols != base.length) {
            throw new IllegalArgumentException("fine-tuned parameters have " + finetuned.numCols + " columns but the base has "
                    + base.length + " parameters; pass one model per ROW (T x d)");
        }
        DMatrixRMaj tau = finetuned.copy();
        for (int t = 0; t < tau.numRows; t++) {
            for (int i = 0; i < base.length; i++) {
                tau.unsafe_set(t, i, tau.unsafe_get(t, i) - base[i]);
            }
        }
        return of(base, tau, curvatures);
    }

    /** One diagonal curvature per ROW of a T x d matrix (e.g. squared gradients averaged per task). */
    public static List<Curvature> diagonals(DMatrixRMaj diagonals) {
        List<Curvature> out = new ArrayList<>();
        double[] row = new double[diagonals.numCols];
        for (int t = 0; t < diagonals.numRows; t++) {
            System.arraycopy(diagonals.data, t * diagonals.numCols, row, 0, row.length);
            try {
                out.add(Curvature.diagonal(row));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("curvature row " + t + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** T identity curvatures: the flat geometry, under which EpiMer is the projected mean. */
    public static List<Curvature> flat(int tasks, int dimension) {
        List<Curvature> out = new ArrayList<>();
        Curvature identity = Curvature.isotropic(dimension, 1.0);
        for (int t = 0; t < tasks; t++) {
            out.add(identity);
        }
        return out;
    }

    /** The same problem with other task names. */
    public MergeProblem withNames(List<String> taskNames) {
        return new MergeProblem(base, taskVectors, curvatures, taskNames);
    }

    /** The same tasks with every curvature damped: H_t + lambda I. */
    public MergeProblem damped(double lambda) {
        return new MergeProblem(base, taskVectors, curvatures.stream().map(h -> h.plusIdentity(lambda)).toList(), names);
    }

    /** T, the number of tasks. */
    public int tasks() {
        return taskVectors.numRows;
    }

    /** d, the number of parameters. */
    public int dimension() {
        return base.length;
    }

    /** tau_t as a new array. */
    public double[] taskVector(int t) {
        return RowOps.row(taskVectors, t);
    }

    /** The mean task vector (what task arithmetic with scale 1/T adds to the base). */
    public double[] meanTaskVector() {
        return Centering.columnMeans(taskVectors);
    }

    /** theta_0 + delta. */
    public double[] parameters(double[] delta) {
        Matrices.requireLength("delta", delta, dimension());
        return Vectors.plusScaled(base, delta, 1);
    }

    private static List<String> defaultNames(int tasks) {
        List<String> names = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            names.add("task " + (t + 1));
        }
        return names;
    }

    @Override
    public String toString() {
        return "MergeProblem[" + tasks() + " tasks, d=" + dimension() + ", "
                + (curvatures.stream().allMatch(Curvature::isDiagonal) ? "diagonal" : "full") + " curvature]";
    }
}
