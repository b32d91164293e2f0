package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * A discrete optimal-transport problem: weights a (n) and b (m), a cost matrix C (n x m) and,
 * when built from point clouds, the points x (n x d) and y (m x d) that sliced methods project.
 *
 * <p>Immutable: points and weights are copied and checked when the problem is built; the cost
 * matrix is computed once, on first use (so sliced distances on large clouds never allocate it). A
 * custom cost matrix is not copied: do not modify it while it is in use.
 *
 * <pre>{@code
 * OtProblem p = OtProblem.of(x, y);                            // uniform weights, |x - y|^2
 * OtProblem q = OtProblem.of(x, y, GroundCost.EUCLIDEAN).withWeights(a, b);
 * OtProblem r = OtProblem.ofCost(c);                           // any n x m cost, no points
 * }</pre>
 */
public final class OtProblem {

    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final GroundCost groundCost;
    private final double[] a;
    private final double[] b;
    private DMatrixRMaj cost;

    private OtProblem(DMatrixRMaj x, DMatrixRMaj y, GroundCost groundCost, double[] a, double[] b, DMatrixRMaj cost) {
        this.x = x;
        this.y = y;
        this.groundCost = groundCost;
        this.a = a;
        this.b = b;
        this.cost = cost;
    }

    /** Uniform weights and the squared Euclidean cost between the rows of x (n x d) and y (m x d). */
    public static OtProblem of(DMatrixRMaj x, DMatrixRMaj y) {
        return of(x, y, GroundCost.SQEUCLIDEAN);
    }

    /** Same, with points given as arrays of rows. */
    public static OtProblem of(double[][] x, double[][] y) {
        return of(x, y, GroundCost.SQEUCLIDEAN);
    }

    /** Same, with points given as arrays of rows and a ground cost. */
    public static OtProblem of(double[][] x, double[][] y, GroundCost groundCost) {
        return of(Points.matrix("x", x), Points.matrix("y", y), groundCost);
    }

    /** Uniform weights and the given ground cost between the rows of x and y. */
    public static OtProblem of(DMatrixRMaj x, DMatrixRMaj y, GroundCost groundCost) {
        DMatrixRMaj xs = Points.check("x", x);
        DMatrixRMaj ys = Points.check("y", y);
        if (xs.numCols != ys.numCols) {
            throw new IllegalArgumentException("x has " + xs.numCols + " columns but y has " + ys.numCols);
        }
        if (groundCost == null) {
            throw new IllegalArgumentException("ground cost is null");
        }
        return new OtProblem(xs, ys, groundCost, Weights.uniform(xs.numRows), Weights.uniform(ys.numRows), null);
    }

    /** Uniform weights and a custom n x m cost matrix (not copied; checked for NaN and infinities). */
    public static OtProblem ofCost(DMatrixRMaj cost) {
        checkCost(cost, cost == null ? 0 : cost.numRows, cost == null ? 0 : cost.numCols);
        return new OtProblem(null, null, null, Weights.uniform(cost.numRows), Weights.uniform(cost.numCols), cost);
    }

    /** The same problem with weights a and b (checked: lengths, no NaN, non-negative, equal total mass). */
    public OtProblem withWeights(double[] a, double[] b) {
        double[] ca = Weights.check("a", a, n(), x != null ? "x" : "the cost matrix (rows)");
        double[] cb = Weights.check("b", b, m(), y != null ? "y" : "the cost matrix (columns)");
        Weights.checkBalanced(ca, cb);
        return new OtProblem(x, y, groundCost, ca, cb, cost);
    }

    /** The same points and weights with a custom cost matrix (sliced methods still project the points). */
    public OtProblem withCost(DMatrixRMaj customCost) {
        checkCost(customCost, n(), m());
        return new OtProblem(x, y, null, a, b, customCost);
    }

    private static void checkCost(DMatrixRMaj c, int n, int m) {
        if (c == null) {
            throw new IllegalArgumentException("cost matrix is null");
        }
        if (c.numRows == 0 || c.numCols == 0) {
            throw new IllegalArgumentException("cost matrix is empty (" + c.numRows + " x " + c.numCols + ")");
        }
        if (c.numRows != n || c.numCols != m) {
            throw new IllegalArgumentException("cost matrix is " + c.numRows + " x " + c.numCols + " but the problem is "
                    + n + " x " + m);
        }
        int size = n * m;
        for (int k = 0; k < size; k++) {
            if (!Double.isFinite(c.data[k])) {
                throw new IllegalArgumentException("cost matrix contains " + c.data[k] + " at row " + k / m + ", column " + k % m);
            }
        }
    }

    /** Number of source points (rows of C). */
    public int n() {
        return a.length;
    }

    /** Number of target points (columns of C). */
    public int m() {
        return b.length;
    }

    /** A copy of the source weights. */
    public double[] a() {
        return a.clone();
    }

    /** A copy of the target weights. */
    public double[] b() {
        return b.clone();
    }

    double[] weightsA() {
        return a;
    }

    double[] weightsB() {
        return b;
    }

    /** Whether the problem has point clouds (needed by sliced methods and the SROT divergence). */
    public boolean hasPoints() {
        return x != null;
    }

    /** The source points (n x d, a copy), or an error if the problem was built from a cost matrix. */
    public DMatrixRMaj x() {
        return requirePoints().x.copy();
    }

    /** The target points (m x d, a copy). */
    public DMatrixRMaj y() {
        return requirePoints().y.copy();
    }

    DMatrixRMaj pointsX() {
        return requirePoints().x;
    }

    DMatrixRMaj pointsY() {
        return requirePoints().y;
    }

    /** The ground cost that made C, or null when C is a custom matrix. */
    public GroundCost groundCost() {
        return groundCost;
    }

    private OtProblem requirePoints() {
        if (x == null) {
            throw new IllegalArgumentException("this problem was built from a cost matrix and has no points; "
                    + "use OtProblem.of(x, y) for sliced methods");
        }
        return this;
    }

    /** The n x m cost matrix, computed on first use (shared, do not modify). */
    public synchronized DMatrixRMaj cost() {
        if (cost == null) {
            cost = groundCost.matrix(x, y, null);
        }
        return cost;
    }

    @Override
    public String toString() {
        return "OtProblem[" + n() + " x " + m() + (x != null ? ", d = " + x.numCols : "")
                + ", cost = " + (groundCost != null ? groundCost : "custom") + "]";
    }
}
