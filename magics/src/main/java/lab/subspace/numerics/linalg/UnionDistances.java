package lab.subspace.numerics.linalg;

/**
 * Distances of points to a union of subspaces.
 *
 * @param distance distance of each point to its nearest subspace; not copied
 * @param nearest  index of that subspace (the lowest on ties); not copied
 */
public record UnionDistances(double[] distance, int[] nearest) {
}
