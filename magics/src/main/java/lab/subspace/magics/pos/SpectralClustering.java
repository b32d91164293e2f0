package lab.subspace.magics.pos;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;

import lab.subspace.numerics.cluster.KMeans;
import lab.subspace.numerics.cluster.KMeansResult;
import lab.subspace.numerics.linalg.KrylovEigen;
import lab.subspace.numerics.linalg.TopEigenpairs;

/**
 * Normalised spectral clustering (Ng, Jordan and Weiss, NIPS 2001) of a sparse symmetric
 * affinity graph: the leading eigenvectors of D^-1/2 A D^-1/2 (by {@link KrylovEigen}, so
 * thousands of nodes take well under a second), rows normalised, then k-means. The number of
 * clusters, when not given, comes from the smallest eigenvalues of the normalised Laplacian
 * L = I - D^-1/2 A D^-1/2 with delta = {@value #GAP_FLOOR} lambda_{maxK+1}: the number of
 * eigenvalues below delta if there are several (well separated clusters, e.g. one connected
 * component per subspace), else the largest relative eigengap
 * argmax_k (lambda_{k+1} + delta) / (lambda_k + delta).
 *
 * <pre>{@code
 * SpectralPartition p = SpectralClustering.cluster(affinity, 0, 10, 42);   // k chosen in 1..10
 * int[] labels = p.labels();
 * }</pre>
 */
public final class SpectralClustering {

    /** delta of the relative eigengap, as a fraction of lambda_{maxK+1}. */
    public static final double GAP_FLOOR = 0.05;

    private SpectralClustering() {
    }

    /**
     * @param affinity symmetric non-negative n x n weights (only stored entries are read)
     * @param k        clusters, or 0 to choose them from the eigengap
     * @param maxK     largest k considered when choosing
     * @throws IllegalArgumentException for a non-square or negative affinity, or k / maxK out of [1, n - 1]
     */
    public static SpectralPartition cluster(DMatrixSparseCSC affinity, int k, int maxK, long seed) {
        int n = affinity.numRows;
        if (affinity.numCols != n) {
            throw new IllegalArgumentException("the affinity must be square but is " + n + " x " + affinity.numCols);
        }
        if (n < 2) {
            throw new IllegalArgumentException("spectral clustering needs at least 2 points but got " + n);
        }
        if (k < 0 || k > n - 1) {
            throw new IllegalArgumentException("k must be 0 (choose) or in [1, " + (n - 1) + "] but is " + k);
        }
        if (k == 0 && (maxK < 1 || maxK > n - 1)) {
            throw new IllegalArgumentException("maxK must be in [1, " + (n - 1) + "] for " + n + " points but is " + maxK);
        }
        double[] degree = new double[n];
        for (int j = 0; j < n; j++) {
            for (int p = affinity.col_idx[j]; p < affinity.col_idx[j + 1]; p++) {
                double w = affinity.nz_values[p];
                if (!(w >= 0) || Double.isInfinite(w)) {
                    throw new IllegalArgumentException("affinities must be finite and >= 0 but A[" + affinity.nz_rows[p] + ", " + j
                            + "] = " + w);
                }
                degree[j] += w;
            }
        }
        DMatrixSparseCSC m = affinity.copy();
        for (int j = 0; j < n; j++) {
            for (int p = m.col_idx[j]; p < m.col_idx[j + 1]; p++) {
                int i = m.nz_rows[p];
                // an isolated node has a zero row: eigenvalue 0, it never joins the leading vectors
                double s = degree[i] > 0 && degree[j] > 0 ? 1 / Math.sqrt(degree[i] * degree[j]) : 0;
                m.nz_values[p] *= s;
            }
        }
        int wanted = Math.min(n, (k == 0 ? maxK : k) + 1);
        TopEigenpairs top = KrylovEigen.largest(m, wanted, seed);
        int chosen = k > 0 ? k : relativeGap(top.values(), Math.min(maxK, wanted - 1));
        DMatrixRMaj embedding = new DMatrixRMaj(n, chosen);
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int c = 0; c < chosen; c++) {
                double v = top.vectors().unsafe_get(i, c);
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            for (int c = 0; c < chosen; c++) {
                embedding.unsafe_set(i, c, norm > 0 ? top.vectors().unsafe_get(i, c) / norm : 0);
            }
        }
        KMeansResult km = KMeans.fit(embedding, chosen, seed);
        return new SpectralPartition(km.labels(), chosen, top.values(), k == 0, top.converged());
    }

    /**
     * The number of clusters from the eigenvalues mu of D^-1/2 A D^-1/2 (lambda = 1 - mu), with
     * delta = GAP_FLOOR lambda_{maxK+1}: the number of eigenvalues lambda &lt;= delta when there
     * are several (clusters with few or no edges between them, the ideal case of thresholded
     * subspace clustering), else argmax over k in 1..maxK of (lambda_{k+1} + delta) / (lambda_k + delta).
     */
    static int relativeGap(double[] mu, int maxK) {
        double floor = Math.max(GAP_FLOOR * (1 - mu[maxK]), 1e-12);
        int nearZero = 0;
        while (nearZero < maxK && 1 - mu[nearZero] <= floor) {
            nearZero++;
        }
        if (nearZero >= 2) {
            return nearZero;
        }
        int best = 1;
        double bestRatio = Double.NEGATIVE_INFINITY;
        for (int c = 1; c <= maxK; c++) {
            double lo = Math.max(0, 1 - mu[c - 1]);
            double hi = Math.max(0, 1 - mu[c]);
            double ratio = (hi + floor) / (lo + floor);
            if (ratio > bestRatio) {
                bestRatio = ratio;
                best = c;
            }
        }
        return best;
    }
}
