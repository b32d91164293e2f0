package lab.subspace.numerics.knn;

import java.util.Arrays;

/**
 * The k nearest reference points of each query, nearest first (ties broken by the lower
 * reference index).
 *
 * @param queries   number of queries
 * @param k         neighbours per query
 * @param indices   reference indices, query i's at {@code [i*k, (i+1)*k)}; not copied
 * @param distances Euclidean distances, same layout; not copied
 */
public record Neighbors(int queries, int k, int[] indices, double[] distances) {

    /** Index of query i's j-th nearest reference point (j = 0 is the nearest). */
    public int index(int i, int j) {
        return indices[offset(i, j)];
    }

    /** Distance from query i to its j-th nearest reference point. */
    public double distance(int i, int j) {
        return distances[offset(i, j)];
    }

    /** Query i's neighbour indices, nearest first (a copy). */
    public int[] indicesOf(int i) {
        return Arrays.copyOfRange(indices, offset(i, 0), offset(i, 0) + k);
    }

    /** Query i's neighbour distances, ascending (a copy). */
    public double[] distancesOf(int i) {
        return Arrays.copyOfRange(distances, offset(i, 0), offset(i, 0) + k);
    }

    private int offset(int i, int j) {
        if (i < 0 || i >= queries || j < 0 || j >= k) {
            throw new IllegalArgumentException("neighbour (" + i + ", " + j + ") is outside " + queries + " queries x "
                    + k + " neighbours");
        }
        return i * k + j;
    }
}
