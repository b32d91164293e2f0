package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;

/**
 * One block update of the factors (or, transposed, the loadings) with the other block and the
 * link held fixed: for every row a damped Gauss-Newton step on sum_j (y_ij - g(f_i^T l_j))^2, i.e.
 * a gradient step preconditioned by the row's r x r Gauss-Newton matrix, with backtracking so that
 * no row's loss increases, then the incoherence
 * projection that clips rows much longer than the average.
 */
final class BlockStep {

    /** Step halvings tried before a row is left unchanged. */
    static final int MAX_HALVINGS = 12;

    private BlockStep() {
    }

    /**
     * Updates every row of {@code target} in place from its observations {@code start/index/value}
     * (CSR over target's rows, columns indexing rows of {@code other}).
     */
    static void update(DMatrixRMaj target, DMatrixRMaj other, int[] start, int[] index, double[] value, LinkFunction g,
            double damping) {
        int r = target.numCols;
        double[] a = new double[r * r];
        double[] b = new double[r];
        double[] jac = new double[r];
        double[] row = new double[r];
        for (int i = 0; i < target.numRows; i++) {
            if ((i & 0xFF) == 0) {
                Interrupts.check();
            }
            if (start[i] == start[i + 1]) {
                continue;
            }
            java.util.Arrays.fill(a, 0);
            java.util.Arrays.fill(b, 0);
            double loss = 0;
            for (int s = start[i]; s < start[i + 1]; s++) {
                int j = index[s];
                double z = 0;
                for (int k = 0; k < r; k++) {
                    z += target.data[i * r + k] * other.data[j * r + k];
                }
                double residual = value[s] - g.value(z);
                loss += residual * residual;
                double slope = g.derivative(z);
                for (int k = 0; k < r; k++) {
                    jac[k] = slope * other.data[j * r + k];
                    b[k] += residual * jac[k];
                }
                for (int k = 0; k < r; k++) {
                    for (int q = 0; q <= k; q++) {
                        a[k * r + q] += jac[k] * jac[q];
                    }
                }
            }
            double trace = 0;
            for (int k = 0; k < r; k++) {
                trace += a[k * r + k];
            }
            // Levenberg-Marquardt damping relative to the curvature, plus a floor for flat links.
            double mu = damping * trace / r + 1e-300;
            for (int k = 0; k < r; k++) {
                a[k * r + k] += mu;
            }
            if (choleskySolve(a, b, r)) {
                backtrack(target, i, b, other, start, index, value, g, loss, row);
            }
        }
    }

    /**
     * Moves row i along {@code step}, halving it until the row's loss does not increase (a steep
     * link such as exp makes full Gauss-Newton steps overshoot far from the solution); keeps the
     * row when no halving helps.
     */
    private static void backtrack(DMatrixRMaj target, int i, double[] step, DMatrixRMaj other, int[] start, int[] index,
            double[] value, LinkFunction g, double loss, double[] row) {
        int r = target.numCols;
        double t = 1;
        for (int trial = 0; trial < MAX_HALVINGS; trial++, t /= 2) {
            for (int k = 0; k < r; k++) {
                row[k] = target.data[i * r + k] + t * step[k];
            }
            double trialLoss = 0;
            for (int s = start[i]; s < start[i + 1]; s++) {
                int j = index[s];
                double z = 0;
                for (int k = 0; k < r; k++) {
                    z += row[k] * other.data[j * r + k];
                }
                double residual = value[s] - g.value(z);
                trialLoss += residual * residual;
            }
            if (trialLoss <= loss) {
                System.arraycopy(row, 0, target.data, i * r, r);
                return;
            }
        }
    }

    /** Scales rows longer than {@code multiple} times the root-mean-square row norm back to that radius. */
    static int clipRows(DMatrixRMaj m, double multiple) {
        int r = m.numCols;
        double total = 0;
        for (double v : m.data) {
            total += v * v;
        }
        double radius = multiple * Math.sqrt(total / m.numRows);
        int clipped = 0;
        for (int i = 0; i < m.numRows; i++) {
            double norm = 0;
            for (int k = 0; k < r; k++) {
                norm += m.data[i * r + k] * m.data[i * r + k];
            }
            norm = Math.sqrt(norm);
            if (norm > radius) {
                for (int k = 0; k < r; k++) {
                    m.data[i * r + k] *= radius / norm;
                }
                clipped++;
            }
        }
        return clipped;
    }

    /** Solves A x = b in place (b becomes x) from A's lower triangle; false when A is not positive definite. */
    static boolean choleskySolve(double[] a, double[] b, int r) {
        for (int k = 0; k < r; k++) {
            double d = a[k * r + k];
            for (int q = 0; q < k; q++) {
                d -= a[k * r + q] * a[k * r + q];
            }
            if (!(d > 0)) {
                return false;
            }
            d = Math.sqrt(d);
            a[k * r + k] = d;
            for (int i = k + 1; i < r; i++) {
                double s = a[i * r + k];
                for (int q = 0; q < k; q++) {
                    s -= a[i * r + q] * a[k * r + q];
                }
                a[i * r + k] = s / d;
            }
        }
        for (int i = 0; i < r; i++) {
            double s = b[i];
            for (int q = 0; q < i; q++) {
                s -= a[i * r + q] * b[q];
            }
            b[i] = s / a[i * r + i];
        }
        for (int i = r - 1; i >= 0; i--) {
            double s = b[i];
            for (int q = i + 1; q < r; q++) {
                s -= a[q * r + i] * b[q];
            }
            b[i] = s / a[i * r + i];
        }
        return true;
    }
}
