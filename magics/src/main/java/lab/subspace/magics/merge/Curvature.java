package lab.subspace.magics.merge;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.linalg.Spd;

/**
 * The curvature of one task's loss at its fine-tuned parameters: a symmetric positive
 * semidefinite d x d matrix H (Hessian, Fisher or Gauss-Newton), stored either as its diagonal
 * (what is affordable for a real network) or in full. It is the metric of the merge: the loss a
 * task loses when its parameters move by v is about {@code v^T H v / 2}.
 *
 * <p>Model Merging on Loss Landscape: A Geometry Perspective (EpiMer) uses the expected Hessian as
 * the Riemannian metric of the subspace Frechet mean; only {@link #restrict} (U^T H U, r x r) and
 * {@link #apply} (H v) are needed, so a diagonal curvature costs O(d r^2).
 *
 * <pre>{@code
 * Curvature h = Curvature.diagonal(fisherDiag);     // double[d], entries >= 0
 * Curvature f = Curvature.full(hessian);           // d x d, symmetric PSD
 * double q = h.quadratic(v);                       // v^T H v
 * }</pre>
 */
public sealed interface Curvature permits DiagonalCurvature, DenseCurvature {

    /** A diagonal curvature diag(h); entries must be finite and &gt;= 0. The array is copied. */
    static Curvature diagonal(double[] h) {
        return DiagonalCurvature.of(h);
    }

    /** The flat metric h I (h &gt;= 0): merging with it ignores curvature. */
    static Curvature isotropic(int dimension, double h) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1 but is " + dimension);
        }
        double[] diag = new double[dimension];
        java.util.Arrays.fill(diag, h);
        return DiagonalCurvature.of(diag);
    }

    /**
     * A full curvature matrix; it must be square, symmetric and positive semidefinite (checked by
     * an eigen-decomposition, O(d^3)). The matrix is copied.
     */
    static Curvature full(DMatrixRMaj h) {
        Matrices.requireNonEmpty("curvature", h);
        Spd.requireSymmetric("curvature", h);
        double[] values = Spd.eigen(h).values();
        double max = Math.max(Math.abs(values[0]), Math.abs(values[values.length - 1]));
        if (values[0] < -Spd.TOL * Math.max(max, Double.MIN_NORMAL)) {
            throw new IllegalArgumentException("curvature is not positive semidefinite: smallest eigenvalue "
                    + values[0] + " (largest " + values[values.length - 1] + ")");
        }
        return new DenseCurvature(h.copy());
    }

    /** d, the number of parameters. */
    int dimension();

    /** H v (a new array). */
    double[] apply(double[] v);

    /** v^T H v. */
    double quadratic(double[] v);

    /** U^T H U for a d x r matrix U (a new r x r matrix). */
    DMatrixRMaj restrict(DMatrixRMaj u);

    /** The diagonal of H (a new array). */
    double[] diagonalEntries();

    /** H as a dense d x d matrix (a new matrix; checks that it fits in memory). */
    DMatrixRMaj matrix();

    /** Trace of H. */
    double trace();

    /** True when H is stored as its diagonal. */
    boolean isDiagonal();

    /** H + lambda I (lambda &gt;= 0): damping, as Fisher-merging implementations floor the Fisher. */
    Curvature plusIdentity(double lambda);
}
