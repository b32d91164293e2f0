package lab.subspace.numerics.ot;

import org.ejml.data.DMatrixRMaj;

/**
 * The SROT (or EOT) divergence of the SROT paper and its gradient in the source points. The
 * sliced reference depends on x only through the order of projections, which is locally constant,
 * so the gradient is that of the three transport costs with their references held fixed.
 */
final class Divergence {

    private Divergence() {
    }

    /** One regularised solve between two weighted clouds; directions null means EOT. */
    private static SinkhornResult solve(DMatrixRMaj x, double[] a, DMatrixRMaj y, double[] b, GroundCost cost,
                                        double eps, DMatrixRMaj directions, SinkhornOptions options) {
        OtProblem p = OtProblem.of(x, y, cost).withWeights(a, b);
        return directions == null ? OT.eot(p, eps, options) : OT.srot(p, eps, directions, options);
    }

    /** The three plans and the value they give. */
    private record Parts(SinkhornResult xy, SinkhornResult xx, DivergenceResult value) {
    }

    static DivergenceResult value(OtProblem p, double eps, DMatrixRMaj directions, SinkhornOptions options) {
        return parts(p, eps, directions, options).value();
    }

    static DivergenceGradient withGradient(OtProblem p, double eps, DMatrixRMaj directions, SinkhornOptions options) {
        Parts parts = parts(p, eps, directions, options);
        GroundCost cost = p.groundCost();
        DMatrixRMaj x = p.pointsX();
        DMatrixRMaj y = p.pointsY();
        DMatrixRMaj gxy = PlanGradient.toPoints(
                PlanGradient.costGradient(parts.xy().plan(), cost.matrix(x, y, null), eps), x, y, cost, false);
        DMatrixRMaj gxx = PlanGradient.toPoints(
                PlanGradient.costGradient(parts.xx().plan(), cost.matrix(x, x, null), eps), x, x, cost, true);
        int size = gxy.numRows * gxy.numCols;
        for (int q = 0; q < size; q++) {
            gxy.data[q] -= 0.5 * gxx.data[q];
        }
        return new DivergenceGradient(parts.value(), gxy);
    }

    private static Parts parts(OtProblem p, double eps, DMatrixRMaj directions, SinkhornOptions options) {
        GroundCost cost = p.groundCost();
        if (cost == null || !p.hasPoints()) {
            throw new IllegalArgumentException("the divergence needs point clouds with a ground cost "
                    + "(OtProblem.of(x, y[, cost])); this problem has a custom cost matrix");
        }
        DMatrixRMaj x = p.pointsX();
        DMatrixRMaj y = p.pointsY();
        double[] a = p.weightsA();
        double[] b = p.weightsB();
        SinkhornResult xy = solve(x, a, y, b, cost, eps, directions, options);
        SinkhornResult xx = solve(x, a, x, a, cost, eps, directions, options);
        SinkhornResult yy = solve(y, b, y, b, cost, eps, directions, options);
        DivergenceResult value = new DivergenceResult(xy.cost() - 0.5 * xx.cost() - 0.5 * yy.cost(), xy.cost(),
                xx.cost(), yy.cost(), xy.converged() && xx.converged() && yy.converged());
        return new Parts(xy, xx, value);
    }
}
