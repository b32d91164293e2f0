/**
 * Clustering of points given as the rows of a matrix: {@link lab.subspace.numerics.cluster.KMeans}
 * (Lloyd's algorithm with k-means++ seeding and restarts), the last step of spectral clustering
 * and a quick way to group activation patterns.
 */
package lab.subspace.numerics.cluster;
