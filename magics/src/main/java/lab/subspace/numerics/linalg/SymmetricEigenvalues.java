package lab.subspace.numerics.linalg;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.eig.symm.SymmetricQrAlgorithm_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;

/**
 * All eigenvalues (no vectors) of a symmetric matrix: Householder reduction to tridiagonal form
 * with row-contiguous updates, then EJML's implicit symmetric QR on the tridiagonal
 * matrix. About 3.5x less CPU than {@code DecompositionFactory_DDRM.eig(n, false, true)} at
 * n = 512 (35 ms against 125 ms on one core, JDK 17), and from n = 768 on it uses
 * all cores; the values agree with EJML's to rounding (a backward-stable reduction) and do not
 * depend on the number of threads.
 * Meant for the Gram-matrix route to singular values (rank_eps of a tall or wide matrix).
 *
 * <pre>{@code
 * double[] lambda = SymmetricEigenvalues.of(Gram.ofColumns(M));   // descending
 * }</pre>
 */
public final class SymmetricEigenvalues {

    /**
     * Below this size the reduction runs on the calling thread. Each step hands out two parallel
     * loops; at n = 512 (about 0.26 M multiply-adds a step) waiting for the second thread cost more
     * than it saved on a shared 2-core machine: rho_eps of a 4096 x 512 matrix took 80-89 ms of
     * wall time with the parallel reduction and 60-70 ms without at load average 1-3, 130-150
     * against 100-120 ms at load average 6.
     */
    static final int PARALLEL_SIZE = 768;

    private SymmetricEigenvalues() {
    }

    /**
     * Eigenvalues of the symmetric matrix A, descending (only symmetry within rounding is
     * assumed; the lower triangle is read). A is not modified.
     *
     * @throws IllegalArgumentException when A is not square or holds NaN / infinite values
     * @throws IllegalStateException    when the tridiagonal QR iteration does not converge
     */
    public static double[] of(DMatrixRMaj a) {
        return of(a, true);
    }

    /** As {@link #of(DMatrixRMaj)}, on the calling thread only when {@code parallel} is false. */
    static double[] of(DMatrixRMaj a, boolean parallel) {
        double[] values = orNull(a, parallel);
        if (values == null) {
            throw new IllegalStateException("the symmetric QR iteration did not converge on a " + a.numRows + " x "
                    + a.numCols + " matrix");
        }
        return values;
    }

    /** As {@link #of(DMatrixRMaj, boolean)} but null when the tridiagonal QR iteration does not converge. */
    static double[] orNull(DMatrixRMaj a, boolean parallel) {
        Matrices.requireSquare("A", a);
        Matrices.requireFinite("A", a);
        int n = a.numRows;
        if (n == 0) {
            return new double[0];
        }
        if (n == 1) {
            return new double[] {a.get(0, 0)};
        }
        Memory.requireDoubles((long) n * n, "eigenvalue work matrix " + n + " x " + n);
        double[][] w = symmetrized(a);
        double[] d = new double[n];
        double[] e = new double[n - 1];
        tridiagonalize(w, d, e, parallel);
        SymmetricQrAlgorithm_DDRM qr = new SymmetricQrAlgorithm_DDRM();
        qr.setFastEigenvalues(true);
        if (!qr.process(n, d, e)) {
            return null;
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = qr.getEigenvalue(i);
        }
        Arrays.sort(values);
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        return values;
    }

    /** Rows of A with the upper triangle mirrored from the lower one, one array per row. */
    private static double[][] symmetrized(DMatrixRMaj a) {
        int n = a.numRows;
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a.data, i * n, w[i], 0, i + 1);
            for (int j = 0; j < i; j++) {
                w[j][i] = w[i][j];
            }
        }
        return w;
    }

    /**
     * Householder tridiagonalisation of the full symmetric matrix w (overwritten). Step k
     * reflects row k's tail x = w[k][k+1..]: with v = x - alpha e_1 and beta = 2 / v.v, the
     * trailing block becomes B - v q^T - q v^T where p = beta B v and q = p - (beta p.v / 2) v.
     * Rows are separate arrays and v, p are indexed like a row, so every inner loop runs over
     * the same index j: C2 vectorises those, not loops with a run-time offset into one array.
     */
    private static void tridiagonalize(double[][] w, double[] d, double[] e, boolean parallel) {
        int n = w.length;
        double[] v = new double[n];
        double[] p = new double[n];
        for (int k = 0; k < n - 2; k++) {
            Interrupts.check();
            final int first = k + 1; // the trailing block is rows/cols first..n-1
            double[] row = w[k];
            d[k] = row[k];
            double scale = 0;
            for (int j = first; j < n; j++) {
                scale = Math.max(scale, Math.abs(row[j]));
            }
            if (scale == 0) {
                e[k] = 0;
                continue;
            }
            double norm = 0;
            for (int j = first; j < n; j++) {
                double x = row[j] / scale;
                v[j] = x;
                norm += x * x;
            }
            norm = Math.sqrt(norm);
            double alpha = v[first] > 0 ? -norm : norm;
            v[first] -= alpha;
            double vv = 0;
            for (int j = first; j < n; j++) {
                vv += v[j] * v[j];
            }
            e[k] = alpha * scale;
            if (vv == 0) {
                continue;
            }
            double beta = 2 / vv;
            int m = n - first;
            int grain = parallel && m >= PARALLEL_SIZE ? 64 : m;
            // p = beta B v = beta sum_i v_i B[i, :] (B symmetric): each task owns a block of p's
            // entries and streams over the rows, so p[j] is summed in the same order on any split
            Parallel.forRange(m, grain, null, (lo, hi) -> addRows(w, v, beta, first, p, first + lo, first + hi));
            double pv = 0;
            for (int j = first; j < n; j++) {
                pv += p[j] * v[j];
            }
            double half = beta * pv / 2;
            for (int j = first; j < n; j++) {
                p[j] -= half * v[j];
            }
            // B <- B - v q^T - q v^T (q stored in p)
            Parallel.forRange(m, grain, null, (lo, hi) -> {
                for (int i = first + lo; i < first + hi; i++) {
                    double[] wi = w[i];
                    double vi = v[i];
                    double qi = p[i];
                    for (int j = first; j < n; j++) {
                        wi[j] -= vi * p[j] + qi * v[j];
                    }
                }
            });
        }
        d[n - 2] = w[n - 2][n - 2];
        d[n - 1] = w[n - 1][n - 1];
        e[n - 2] = w[n - 2][n - 1];
    }

    /** p[from..to) = beta sum_{i >= first} v_i w[i][from..to), four rows per pass (a quarter of the stores to p). */
    private static void addRows(double[][] w, double[] v, double beta, int first, double[] p, int from, int to) {
        int n = w.length;
        Arrays.fill(p, from, to, 0);
        int i = first;
        for (; i + 4 <= n; i += 4) {
            double v0 = beta * v[i];
            double v1 = beta * v[i + 1];
            double v2 = beta * v[i + 2];
            double v3 = beta * v[i + 3];
            double[] w0 = w[i];
            double[] w1 = w[i + 1];
            double[] w2 = w[i + 2];
            double[] w3 = w[i + 3];
            for (int j = from; j < to; j++) {
                p[j] += v0 * w0[j] + v1 * w1[j] + v2 * w2[j] + v3 * w3[j];
            }
        }
        for (; i < n; i++) {
            double vi = beta * v[i];
            double[] wi = w[i];
            for (int j = from; j < to; j++) {
                p[j] += vi * wi[j];
            }
        }
    }
}
