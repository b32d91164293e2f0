package lab.subspace.magics.pos;

/**
 * The outcome of {@link SpectralClustering#cluster}.
 *
 * @param labels         cluster of each node, 0..k-1; not copied
 * @param k              number of clusters
 * @param eigenvalues    largest eigenvalues of the normalised affinity D^-1/2 A D^-1/2,
 *                       descending (1 - these are the smallest Laplacian eigenvalues); not copied
 * @param countEstimated whether k was chosen from the eigenvalues (else it was given)
 * @param eigenConverged whether the eigen-solver converged
 */
public record SpectralPartition(int[] labels, int k, double[] eigenvalues, boolean countEstimated, boolean eigenConverged) {
}
