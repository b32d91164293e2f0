package lab.subspace.magics.pos;

import org.ejml.data.DMatrixRMaj;

/**
 * Points drawn from a {@link UnionOfSubspaces}.
 *
 * @param points n x D, one point per row
 * @param labels the subspace each point was drawn from (0..K-1); not copied
 */
public record UnionSample(DMatrixRMaj points, int[] labels) {

    public int size() {
        return points.numRows;
    }
}
