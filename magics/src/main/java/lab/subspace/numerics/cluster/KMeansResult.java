package lab.subspace.numerics.cluster;

import org.ejml.data.DMatrixRMaj;

/**
 * The best of several k-means runs.
 *
 * @param labels     cluster of each point, in 0..k-1; not copied
 * @param centers    k x D cluster means
 * @param inertia    sum of squared distances of the points to their centers
 * @param iterations Lloyd iterations of the best run
 * @param converged  whether the best run stopped because no label changed (else it hit the
 *                   iteration cap)
 */
public record KMeansResult(int[] labels, DMatrixRMaj centers, double inertia, int iterations, boolean converged) {

    /** Number of clusters. */
    public int k() {
        return centers.numRows;
    }

    /** Points in each cluster. */
    public int[] sizes() {
        int[] s = new int[centers.numRows];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }
}
