package lab.subspace.numerics.ot;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;

/**
 * Gradient of SW_2^2 in the source points, for sliced gradient flows (Liutkus et al. 2019,
 * "Sliced-Wasserstein flows", arXiv:1806.08141): with pi_l the optimal 1-D plan of the projections
 * on direction theta_l, SW_2^2 = (1/L) sum_l sum_ij pi_l,ij (theta_l . (x_i - y_j))^2, and the
 * sorting is locally constant, so the gradient in x_i is (2/L) sum_l sum_j pi_l,ij (theta_l . (x_i - y_j)) theta_l.
 */
final class SlicedGradient {

    private SlicedGradient() {
    }

    /** dSW_2^2/dx (n x d, new) over the columns of {@code theta} (checked unit directions). */
    static DMatrixRMaj of(OtProblem problem, DMatrixRMaj theta) {
        DMatrixRMaj x = problem.pointsX();
        DMatrixRMaj y = problem.pointsY();
        DMatrixRMaj dirs = Directions.check(theta, x.numCols);
        int d = x.numCols;
        int count = dirs.numCols;
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, d);
        double[] along = new double[x.numRows];
        for (int l = 0; l < count; l++) {
            Interrupts.check();
            double[] px = SlicedPlans.project(x, dirs, l);
            double[] py = SlicedPlans.project(y, dirs, l);
            Arrays.fill(along, 0);
            SlicedPlans.transport1d(px, problem.weightsA(), py, problem.weightsB(), 2,
                    (i, j, mass) -> along[i] += mass * (px[i] - py[j]));
            for (int i = 0; i < along.length; i++) {
                double s = 2 * along[i] / count;
                for (int k = 0; k < d; k++) {
                    out.data[i * d + k] += s * dirs.get(k, l);
                }
            }
        }
        return out;
    }
}
