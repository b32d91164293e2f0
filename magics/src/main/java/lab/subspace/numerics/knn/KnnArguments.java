package lab.subspace.numerics.knn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;

/** The argument checks every exact kNN search makes, so {@link Knn} and {@link WideKnn} reject the same misuse alike. */
final class KnnArguments {

    private KnnArguments() {
    }

    /**
     * Throws IllegalArgumentException unless queries and reference have the same columns, are finite, and
     * 1 <= k <= the reference points available to each query (one fewer when the query itself is excluded).
     */
    static void requireValid(DMatrixRMaj queries, DMatrixRMaj reference, int k, boolean excludeSelf) {
        Matrices.requireSameColumns("queries", queries, "reference", reference);
        Matrices.requireFinite("queries", queries);
        Matrices.requireFinite("reference", reference);
        int available = reference.numRows - (excludeSelf ? 1 : 0);
        if (k < 1 || k > available) {
            throw new IllegalArgumentException("k must be in [1, " + available + "] but is " + k + " (the reference set has "
                    + reference.numRows + " points" + (excludeSelf ? ", one of them the query itself" : "") + ")");
        }
    }
}
