package lab.subspace.numerics.nn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/**
 * Changes gradients in place before an optimizer step: projections (GRASP's
 * {@code G <- G (I - v v^T)}), clipping, masking.
 *
 * <pre>{@code
 * int w = net.parameterNames().indexOf("1.weight");
 * Optimizer opt = Optimizers.adam(1e-3).withGradientTransform(GradientTransform.removeDirections(w, V));
 * }</pre>
 */
@FunctionalInterface
public interface GradientTransform {

    /**
     * @param index position of the parameter in the list passed to the optimizer
     * @param param the parameter (do not modify)
     * @param grad  its gradient, to modify in place
     */
    void apply(int index, DMatrixRMaj param, DMatrixRMaj grad);

    /**
     * For parameter {@code index} only: G &lt;- G (I - V V^T), removing the components of each
     * gradient row along the orthonormal columns of V (cols(G) x k).
     */
    static GradientTransform removeDirections(int index, DMatrixRMaj v) {
        return (i, p, g) -> {
            if (i != index) {
                return;
            }
            if (v.numRows != g.numCols) {
                throw new IllegalArgumentException("directions V are " + v.numRows + " x " + v.numCols + " but gradient "
                        + index + " has " + g.numCols + " columns");
            }
            DMatrixRMaj gv = CommonOps_DDRM.mult(g, v, null);
            CommonOps_DDRM.multAddTransB(-1, gv, v, g);
        };
    }

    /** Scales each gradient whose Frobenius norm exceeds {@code maxNorm} down to that norm. */
    static GradientTransform clipNorm(double maxNorm) {
        if (!(maxNorm > 0)) {
            throw new IllegalArgumentException("maxNorm must be > 0 but is " + maxNorm);
        }
        return (i, p, g) -> {
            double norm = NormOps_DDRM.normF(g);
            if (norm > maxNorm) {
                CommonOps_DDRM.scale(maxNorm / norm, g);
            }
        };
    }
}
