package lab.subspace.magics.mhanw;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.Softmax;
import lab.subspace.numerics.random.Rng;
import lab.subspace.numerics.stats.Descriptive;

/**
 * Chooses a head's Gaussian bandwidth (its attention temperature) by leave-one-out
 * cross-validation of the Nadaraya-Watson fit: each point is predicted from all the others.
 * The grid is the median pairwise distance times 2^-5, 2^-4.5, ..., 2^0.
 *
 * <pre>{@code
 * double b = Bandwidths.leaveOneOut(Xprojected, y, new Rng(0)).bandwidth();
 * }</pre>
 */
public final class Bandwidths {

    /** At most this many points enter the cross-validation (a random subset), keeping it O(1000^2). */
    public static final int MAX_POINTS = 1000;

    private Bandwidths() {
    }

    /**
     * The chosen bandwidth with the whole curve.
     *
     * @param bandwidth the grid value with the smallest leave-one-out error
     * @param grid      candidate bandwidths, increasing
     * @param error     leave-one-out mean squared error at each candidate
     */
    public record Choice(double bandwidth, double[] grid, double[] error) {

        public Choice {
            grid = grid.clone();
            error = error.clone();
        }

        @Override
        public double[] grid() {
            return grid.clone();
        }

        @Override
        public double[] error() {
            return error.clone();
        }
    }

    /**
     * @param coords n x k points (a head's coordinates), at least 3 distinct
     * @param y      n targets
     * @param rng    picks the subset when n &gt; {@link #MAX_POINTS} and the pairs for the median distance
     */
    public static Choice leaveOneOut(DMatrixRMaj coords, double[] y, Rng rng) {
        Matrices.requireLength("y", y, coords.numRows);
        Matrices.requireFinite("coordinates", coords);
        Matrices.requireFinite("y", y);
        if (coords.numRows < 3) {
            throw new IllegalArgumentException("cross-validation needs at least 3 points but got " + coords.numRows);
        }
        int n = Math.min(coords.numRows, MAX_POINTS);
        int[] rows = coords.numRows > MAX_POINTS ? rng.sample(coords.numRows, n) : identity(n);
        int k = coords.numCols;
        double[] pts = new double[n * k];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(coords.data, rows[i] * k, pts, i * k, k);
            target[i] = y[rows[i]];
        }
        double median = medianDistance(pts, n, k, rng);
        if (!(median > 0)) {
            throw new IllegalArgumentException("the points coincide (median pairwise distance " + median + "): no bandwidth to choose");
        }
        double[] grid = new double[11];
        double[] error = new double[grid.length];
        double[] scratch = new double[n];
        DMatrixRMaj row = DMatrixRMaj.wrap(1, n, scratch);
        for (int g = 0; g < grid.length; g++) {
            grid[g] = median * Math.pow(2, -5 + 0.5 * g);
            SmoothingKernel kernel = SmoothingKernel.gaussian(grid[g]);
            double sse = 0;
            for (int i = 0; i < n; i++) {
                Interrupts.check();
                for (int j = 0; j < n; j++) {
                    scratch[j] = j == i ? Double.NEGATIVE_INFINITY : kernel.log(pts, i * k, pts, j * k, k);
                }
                Softmax.rowsInPlace(row);
                double fit = 0;
                for (int j = 0; j < n; j++) {
                    fit += scratch[j] * target[j];
                }
                sse += (fit - target[i]) * (fit - target[i]);
            }
            error[g] = sse / n;
        }
        return new Choice(grid[BudgetSweep.argmin(error)], grid, error);
    }

    private static double medianDistance(double[] pts, int n, int k, Rng rng) {
        int pairs = Math.min(2000, n * (n - 1) / 2);
        double[] d = new double[pairs];
        for (int p = 0; p < pairs; p++) {
            int i = rng.nextInt(n);
            int j = rng.nextInt(n - 1);
            if (j >= i) {
                j++;
            }
            double s = 0;
            for (int c = 0; c < k; c++) {
                double t = pts[i * k + c] - pts[j * k + c];
                s += t * t;
            }
            d[p] = Math.sqrt(s);
        }
        return Descriptive.median(d);
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }
}
