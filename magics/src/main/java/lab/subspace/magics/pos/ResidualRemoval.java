package lab.subspace.magics.pos;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.linalg.UnionDistances;

/**
 * Residual updates as removal of the normal-space component, the reading of residual
 * connections (and of attention) in "Axiomatizing Neural Networks via Pursuit of Subspaces"
 * (arXiv, 2025). A layer adds {@code f(x) = -eta (I - P_j) x}, where P_j projects on the
 * subspace the point is selected into:
 * <ul>
 * <li>{@link #step} (hard selection, the ReLU-like selector): j is the nearest subspace. With a
 * fixed selection the distance to it shrinks by exactly (1 - eta) per layer, so the off-subspace
 * energy contracts geometrically by (1 - eta)^2.</li>
 * <li>{@link #softStep} (collaborative removal, attention-like): every subspace takes part with
 * weight softmax_j(cos^2(x, S_j) / temperature), cos^2(x, S_j) = |P_j x|^2 / |x|^2.</li>
 * </ul>
 *
 * <pre>{@code
 * DMatrixRMaj next = ResidualRemoval.step(X, bases, 0.3);            // one layer
 * double[] energy = ResidualRemoval.offUnionEnergy(X, bases, truth, 0.3, 12, 0);   // 13 values, layers 0..12
 * }</pre>
 */
public final class ResidualRemoval {

    private ResidualRemoval() {
    }

    /** One layer with hard selection: x - eta (I - P_j) x, j = the nearest subspace of x. */
    public static DMatrixRMaj step(DMatrixRMaj x, List<DMatrixRMaj> bases, double eta) {
        requireEta(eta);
        UnionDistances d = Subspaces.distancesToUnion(x, bases);
        DMatrixRMaj out = x.copy();
        int dim = x.numCols;
        for (int j = 0; j < bases.size(); j++) {
            int[] rows = rowsOf(d.nearest(), j);
            if (rows.length == 0) {
                continue;
            }
            DMatrixRMaj r = Subspaces.residual(RowOps.select(x, rows), bases.get(j));
            for (int t = 0; t < rows.length; t++) {
                for (int c = 0; c < dim; c++) {
                    out.data[rows[t] * dim + c] -= eta * r.data[t * dim + c];
                }
            }
        }
        return out;
    }

    /**
     * One layer with soft selection: x - eta sum_j a_j (I - P_j) x with
     * a = softmax_j(cos^2(x, S_j) / temperature); temperature &rarr; 0 gives {@link #step}.
     */
    public static DMatrixRMaj softStep(DMatrixRMaj x, List<DMatrixRMaj> bases, double eta, double temperature) {
        requireEta(eta);
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive but is " + temperature);
        }
        int n = x.numRows;
        int dim = x.numCols;
        int k = bases.size();
        double[] norms = RowOps.squaredNorms(x);
        DMatrixRMaj[] residuals = new DMatrixRMaj[k];
        double[][] score = new double[k][];
        for (int j = 0; j < k; j++) {
            Matrices.requireCols("X", x, bases.get(j).numRows);
            residuals[j] = Subspaces.residual(x, bases.get(j));
            double[] r2 = RowOps.squaredNorms(residuals[j]);
            score[j] = new double[n];
            for (int i = 0; i < n; i++) {
                double cos2 = norms[i] > 0 ? 1 - r2[i] / norms[i] : 0;
                score[j][i] = cos2 / temperature;
            }
        }
        DMatrixRMaj out = x.copy();
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                max = Math.max(max, score[j][i]);
            }
            double z = 0;
            double[] w = new double[k];
            for (int j = 0; j < k; j++) {
                w[j] = Math.exp(score[j][i] - max);
                z += w[j];
            }
            for (int j = 0; j < k; j++) {
                double a = eta * w[j] / z;
                for (int c = 0; c < dim; c++) {
                    out.data[i * dim + c] -= a * residuals[j].data[i * dim + c];
                }
            }
        }
        return out;
    }

    /**
     * Runs {@code layers} residual layers on the union {@code bases} and records the mean squared
     * distance of the points to the reference union {@code truth} before each layer and after
     * the last: {@code layers + 1} values.
     *
     * @param temperature 0 for hard selection ({@link #step}), else {@link #softStep}'s
     */
    public static double[] offUnionEnergy(DMatrixRMaj x, List<DMatrixRMaj> bases, UnionOfSubspaces truth, double eta, int layers,
            double temperature) {
        if (layers < 0) {
            throw new IllegalArgumentException("layers must be >= 0 but is " + layers);
        }
        if (temperature < 0) {
            throw new IllegalArgumentException("temperature must be >= 0 (0 = hard selection) but is " + temperature);
        }
        double[] e = new double[layers + 1];
        DMatrixRMaj cur = x;
        e[0] = truth.offUnionEnergy(cur);
        for (int l = 1; l <= layers; l++) {
            Interrupts.check();
            cur = temperature == 0 ? step(cur, bases, eta) : softStep(cur, bases, eta, temperature);
            e[l] = truth.offUnionEnergy(cur);
        }
        return e;
    }

    private static void requireEta(double eta) {
        if (!(eta > 0 && eta <= 1)) {
            throw new IllegalArgumentException("the step eta must be in (0, 1] but is " + eta);
        }
    }

    private static int[] rowsOf(int[] labels, int j) {
        return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == j).toArray();
    }
}
