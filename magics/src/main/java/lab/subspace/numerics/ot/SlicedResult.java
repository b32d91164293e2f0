package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * Result of sliced optimal transport over L directions.
 *
 * <pre>{@code
 * SlicedResult s = OT.sot(p, Directions.random(d, 100, 42L), 2);
 * double sw2 = s.distance();          // as POT's sliced_wasserstein_distance with the same projections
 * }</pre>
 *
 * @param plan          the averaged lifted plan (1/L) sum_l pi_l, n x m (shared, do not modify)
 * @param cost          {@code <C, plan>} with the problem's cost matrix
 * @param distance      SW_p = ((1/L) sum_l W_p^p(projections on direction l))^(1/p)
 * @param p             the exponent
 * @param directions    the d x L unit directions used (a copy is returned)
 * @param sliceCosts    W_p^p of each direction (a copy is returned)
 */
public record SlicedResult(DMatrixRMaj plan, double cost, double distance, double p, DMatrixRMaj directions,
                           double[] sliceCosts) implements TransportResult {

    @Override
    public DMatrixRMaj directions() {
        return directions.copy();
    }

    @Override
    public double[] sliceCosts() {
        return sliceCosts.clone();
    }
}
