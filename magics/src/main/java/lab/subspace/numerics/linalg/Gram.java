package lab.subspace.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;

/**
 * Gram matrices, computed once per symmetric pair and in parallel: {@code A^T A} (inner
 * products of columns) and {@code A A^T} (inner products of rows).
 *
 * <p>About 10x less CPU than {@code CommonOps_DDRM.multTransA(A, A, G)} on a 4096 x 512 matrix
 * (60 ms against 600 ms on one core, JDK 17): only the upper triangle is formed, as rank-4
 * updates {@code g_i += a_0i a_0 + a_1i a_1 + a_2i a_2 + a_3i a_3} of a block of rows of G
 * (kept in L2) while the rows of A stream past once per block. Each row of G is
 * summed by one thread in row order of A, so the result does not depend on the number of threads.
 *
 * <pre>{@code
 * DMatrixRMaj G = Gram.ofColumns(M);   // 512 x 512 for a 4096 x 512 M
 * }</pre>
 */
public final class Gram {

    /**
     * Bytes of G per block of rows: half an L2 cache (1 MB per core on the machines measured), so the
     * block stays there while A streams past. At n = 512 that is 128 rows; 32 rows (more passes
     * over A) took a sixth longer.
     */
    private static final int BLOCK_BYTES = 512 * 1024;
    /** Rows of A between interrupt checks. */
    private static final int PANEL = 256;

    private Gram() {
    }

    /** {@code A^T A} (n x n for a d x n A), a new matrix. */
    public static DMatrixRMaj ofColumns(DMatrixRMaj a) {
        Memory.requireDoubles((long) a.numCols * a.numCols, "Gram matrix " + a.numCols + " x " + a.numCols);
        return ofColumns(a, new DMatrixRMaj(a.numCols, a.numCols));
    }

    /**
     * {@code A^T A} written into {@code out} (reshaped to n x n); A is not modified.
     *
     * @return out
     */
    public static DMatrixRMaj ofColumns(DMatrixRMaj a, DMatrixRMaj out) {
        return ofColumns(a, out, true);
    }

    /** {@code A A^T} (d x d for a d x n A), a new matrix. */
    public static DMatrixRMaj ofRows(DMatrixRMaj a) {
        Memory.requireDoubles((long) a.numRows * a.numRows + a.getNumElements(),
                "Gram matrix " + a.numRows + " x " + a.numRows);
        return ofColumns(CommonOps_DDRM.transpose(a, null));
    }

    /** As {@link #ofColumns(DMatrixRMaj, DMatrixRMaj)}, on the calling thread only when {@code parallel} is false. */
    static DMatrixRMaj ofColumns(DMatrixRMaj a, DMatrixRMaj out, boolean parallel) {
        if (out == a) {
            throw new IllegalArgumentException("out must not be the input matrix");
        }
        int n = a.numCols;
        out.reshape(n, n);
        double[] g = out.data;
        int threads = parallel ? Parallel.threads() : 1;
        // as many rows as fit the cache budget, but at least two blocks per thread
        long fit = BLOCK_BYTES / (8L * Math.max(1, n));
        long share = (n + 2L * threads - 1) / (2L * threads);
        int rows = (int) Math.max(8, Math.min(fit, share));
        Parallel.RangeBody blocks = (lo, hi) -> {
            for (int t = lo; t < hi; t += rows) {
                upperBlock(a, g, t, Math.min(hi, t + rows));
            }
        };
        if (parallel) {
            Parallel.forRange(n, rows, null, blocks);
        } else {
            blocks.run(0, n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                g[j * n + i] = g[i * n + j];
            }
        }
        return out;
    }

    /** Writes rows [lo, hi) of the upper triangle of A^T A into g, streaming once over the rows of A. */
    private static void upperBlock(DMatrixRMaj a, double[] g, int lo, int hi) {
        int d = a.numRows;
        int n = a.numCols;
        int len = n - lo;
        int rows = hi - lo;
        // Rows of G and copies of A's row segments [lo, n) are separate arrays indexed from 0:
        // C2 vectorises y[j] += s * x[j] over such arrays, but not when the indexes carry a
        // run-time offset into one big array (3-4x slower), nor with more than four terms.
        double[][] acc = new double[rows][len];
        double[][] b = new double[4][len];
        for (int r = 0; r < d; r += PANEL) {
            // here, not in the loop over rows: a check there slows that loop by a tenth
            Interrupts.check();
            addPanel(a, r, Math.min(d, r + PANEL), lo, acc, b);
        }
        for (int i = 0; i < rows; i++) {
            System.arraycopy(acc[i], i, g, (lo + i) * n + lo + i, len - i);
        }
    }

    /** acc[i][j - lo] += sum over rows r of A in [from, to) of A[r][lo + i] A[r][j], for j >= lo + i. */
    private static void addPanel(DMatrixRMaj a, int from, int to, int lo, double[][] acc, double[][] b) {
        int n = a.numCols;
        int len = n - lo;
        double[] src = a.data;
        double[] b0 = b[0];
        double[] b1 = b[1];
        double[] b2 = b[2];
        double[] b3 = b[3];
        int r = from;
        for (; r + 4 <= to; r += 4) {
            System.arraycopy(src, r * n + lo, b0, 0, len);
            System.arraycopy(src, (r + 1) * n + lo, b1, 0, len);
            System.arraycopy(src, (r + 2) * n + lo, b2, 0, len);
            System.arraycopy(src, (r + 3) * n + lo, b3, 0, len);
            for (int i = 0; i < acc.length; i++) {
                addFour(acc[i], i, len, b0[i], b0, b1[i], b1, b2[i], b2, b3[i], b3);
            }
        }
        for (; r < to; r++) {
            System.arraycopy(src, r * n + lo, b0, 0, len);
            for (int i = 0; i < acc.length; i++) {
                double s = b0[i];
                double[] y = acc[i];
                for (int j = i; j < len; j++) {
                    y[j] += s * b0[j];
                }
            }
        }
    }

    /** y[from..to) += s0 x0 + s1 x1 + s2 x2 + s3 x3. */
    private static void addFour(double[] y, int from, int to, double s0, double[] x0, double s1, double[] x1,
            double s2, double[] x2, double s3, double[] x3) {
        for (int j = from; j < to; j++) {
            y[j] += s0 * x0[j] + s1 * x1[j] + s2 * x2[j] + s3 * x3[j];
        }
    }
}
