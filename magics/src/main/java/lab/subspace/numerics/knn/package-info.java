/**
 * Exact Euclidean k-nearest neighbours by blocked brute force: {@link lab.subspace.numerics.knn.Knn}.
 */
package lab.subspace.numerics.knn;
