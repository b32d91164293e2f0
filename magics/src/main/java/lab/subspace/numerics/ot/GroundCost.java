package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;

/**
 * Ground costs c(x, y) between points, and their cost matrices C_ij = c(x_i, y_j).
 *
 * <pre>{@code
 * DMatrixRMaj c = GroundCost.SQEUCLIDEAN.matrix(x, y, null);   // n x m
 * }</pre>
 */
public enum GroundCost {

    /** c(x, y) = |x - y|^2 (POT's default metric 'sqeuclidean'). */
    SQEUCLIDEAN {
        @Override
        double fromSquaredDistance(double d2) {
            return d2;
        }

        @Override
        double gradientScale(double d2) {
            return 2;
        }
    },

    /** c(x, y) = |x - y|. */
    EUCLIDEAN {
        @Override
        double fromSquaredDistance(double d2) {
            return Math.sqrt(d2);
        }

        @Override
        double gradientScale(double d2) {
            // the gradient (x - y) / |x - y| is taken as 0 where x = y (a subgradient)
            return d2 > 0 ? 1 / Math.sqrt(d2) : 0;
        }
    };

    abstract double fromSquaredDistance(double d2);

    /** grad_x c(x, y) = gradientScale(|x - y|^2) * (x - y). */
    abstract double gradientScale(double d2);

    /** c between row i of x and row j of y. */
    double between(DMatrixRMaj x, int i, DMatrixRMaj y, int j) {
        return fromSquaredDistance(squaredDistance(x, i, y, j));
    }

    static double squaredDistance(DMatrixRMaj x, int i, DMatrixRMaj y, int j) {
        int d = x.numCols;
        double s = 0;
        for (int k = 0; k < d; k++) {
            double t = x.data[i * d + k] - y.data[j * d + k];
            s += t * t;
        }
        return s;
    }

    /**
     * The cost matrix between the rows of {@code x} (n x d) and {@code y} (m x d), computed from the
     * differences directly (exactly zero for equal points, never negative).
     *
     * @param out n x m output (modified), or null to allocate one
     * @return {@code out}, or the new matrix
     */
    public DMatrixRMaj matrix(DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj out) {
        if (x.numCols != y.numCols) {
            throw new IllegalArgumentException("x has " + x.numCols + " columns but y has " + y.numCols);
        }
        int n = x.numRows;
        int m = y.numRows;
        if (out == null) {
            Memory.requireMatrices(n, m, 1, "cost matrix");
            out = new DMatrixRMaj(n, m);
        } else if (out.numRows != n || out.numCols != m) {
            throw new IllegalArgumentException("output is " + out.numRows + " x " + out.numCols + " but the cost matrix is "
                    + n + " x " + m);
        }
        DMatrixRMaj target = out;
        Parallel.Blocks blocks = Parallel.Blocks.of(n);
        Parallel.forBlocks(blocks, Parallel.worthForking((long) n * m * Math.max(1, x.numCols)), b -> {
            for (int i = blocks.start(b); i < blocks.end(b); i++) {
                for (int j = 0; j < m; j++) {
                    target.data[i * m + j] = between(x, i, y, j);
                }
            }
        });
        return out;
    }
}
