package lab.subspace.numerics.cluster;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * k-means clustering of the rows of a matrix: k-means++ seeding (Arthur and Vassilvitskii,
 * SODA 2007) followed by Lloyd's iterations, repeated from several seedings; the run with the
 * smallest inertia wins. A cluster that empties is re-seeded with the point farthest from its
 * center. Deterministic for a seed.
 *
 * <pre>{@code
 * KMeansResult r = KMeans.fit(points, 4, 42);            // 10 restarts, at most 100 iterations
 * int[] labels = r.labels();
 * }</pre>
 */
public final class KMeans {

    /** Restarts of {@link #fit(DMatrixRMaj, int, long)}. */
    public static final int DEFAULT_RESTARTS = 10;
    /** Lloyd iterations per restart of {@link #fit(DMatrixRMaj, int, long)}. */
    public static final int DEFAULT_ITERATIONS = 100;

    private KMeans() {
    }

    /** k-means with {@value #DEFAULT_RESTARTS} restarts of at most {@value #DEFAULT_ITERATIONS} iterations. */
    public static KMeansResult fit(DMatrixRMaj points, int k, long seed) {
        return fit(points, k, DEFAULT_RESTARTS, DEFAULT_ITERATIONS, seed);
    }

    /**
     * @param points        n x D, one point per row (not modified)
     * @param k             clusters, 1 &lt;= k &lt;= n
     * @param restarts      independent seedings, at least 1
     * @param maxIterations Lloyd iterations per seeding, at least 1
     * @throws IllegalArgumentException for k outside [1, n], non-finite points or bad counts
     */
    public static KMeansResult fit(DMatrixRMaj points, int k, int restarts, int maxIterations, long seed) {
        int n = points.numRows;
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("k must be in [1, " + n + "] for " + n + " points but is " + k);
        }
        if (restarts < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("restarts and maxIterations must be at least 1 but are " + restarts + " and "
                    + maxIterations);
        }
        Matrices.requireFinite("points", points);
        Rng rng = new Rng(seed);
        KMeansResult best = null;
        for (int r = 0; r < restarts; r++) {
            KMeansResult run = lloyd(points, seedCenters(points, k, rng), maxIterations);
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
            }
        }
        return best;
    }

    /** k-means++: each new center is a point drawn with probability proportional to D(x)^2. */
    static DMatrixRMaj seedCenters(DMatrixRMaj x, int k, Rng rng) {
        int n = x.numRows;
        int d = x.numCols;
        DMatrixRMaj centers = new DMatrixRMaj(k, d);
        copyRow(x, rng.nextInt(n), centers, 0);
        double[] nearest = new double[n];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 1; c < k; c++) {
            Interrupts.check();
            double total = 0;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], squaredDistance(x, i, centers, c - 1));
                total += nearest[i];
            }
            // All points coincide with chosen centers: any point will do.
            int pick = total > 0 ? rng.categorical(nearest) : rng.nextInt(n);
            copyRow(x, pick, centers, c);
        }
        return centers;
    }

    private static KMeansResult lloyd(DMatrixRMaj x, DMatrixRMaj centers, int maxIterations) {
        int n = x.numRows;
        int d = x.numCols;
        int k = centers.numRows;
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, -1);
        double[] dist = new double[n];
        boolean converged = false;
        int it = 0;
        while (it < maxIterations) {
            Interrupts.check();
            it++;
            boolean changed = assign(x, centers, labels, dist);
            if (!changed) {
                converged = true;
                break;
            }
            int[] counts = new int[k];
            DMatrixRMaj sums = new DMatrixRMaj(k, d);
            for (int i = 0; i < n; i++) {
                counts[labels[i]]++;
                int off = labels[i] * d;
                int xo = i * d;
                for (int j = 0; j < d; j++) {
                    sums.data[off + j] += x.data[xo + j];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] == 0) {
                    // An empty cluster takes the point worst served by its current center.
                    int far = argMax(dist);
                    copyRow(x, far, centers, c);
                    dist[far] = 0;
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    centers.data[c * d + j] = sums.data[c * d + j] / counts[c];
                }
            }
        }
        double inertia = 0;
        assign(x, centers, labels, dist);
        for (double v : dist) {
            inertia += v;
        }
        return new KMeansResult(labels, centers, inertia, it, converged);
    }

    /** Nearest center of each point (lowest index on ties); returns whether any label changed. */
    private static boolean assign(DMatrixRMaj x, DMatrixRMaj centers, int[] labels, double[] dist) {
        boolean changed = false;
        for (int i = 0; i < x.numRows; i++) {
            int best = 0;
            double bestD = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centers.numRows; c++) {
                double s = squaredDistance(x, i, centers, c);
                if (s < bestD) {
                    bestD = s;
                    best = c;
                }
            }
            dist[i] = bestD;
            if (labels[i] != best) {
                labels[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    private static double squaredDistance(DMatrixRMaj x, int i, DMatrixRMaj c, int j) {
        int d = x.numCols;
        int xo = i * d;
        int co = j * d;
        double s = 0;
        for (int t = 0; t < d; t++) {
            double v = x.data[xo + t] - c.data[co + t];
            s += v * v;
        }
        return s;
    }

    private static void copyRow(DMatrixRMaj src, int i, DMatrixRMaj dst, int j) {
        System.arraycopy(src.data, i * src.numCols, dst.data, j * dst.numCols, src.numCols);
    }

    private static int argMax(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }
}
