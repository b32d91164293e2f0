package lab.subspace.numerics.knn;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

/**
 * The dot-product kernel {@link Knn} and {@link WideKnn} share: query rows against a transposed
 * copy of the reference points, one cache-sized block of reference points at a time, so the inner
 * loops run over reference points and vectorise.
 */
final class BlockDots {

    /** Reference points per block: a d x 256 slice (100 KB at d = 50) stays in L2 while a query block passes over it. */
    static final int REF_BLOCK = 256;

    /** Receives one query's dot products with one block of reference points. */
    @FunctionalInterface
    interface BlockSink {
        /** dots[j] = q_qi . r_{r0+j} for j < len; dots is reused after the call returns. */
        void accept(int qi, double[] dots, int r0, int len);
    }

    private BlockDots() {
    }

    /**
     * Computes q_qi . r_j for the queries lo..hi-1 against every reference point, block by block
     * ({@link #REF_BLOCK} points), four queries at a time, and hands each query's dots for each block
     * to {@code sink}. {@code acc} is scratch space of 4 x REF_BLOCK (overwritten).
     */
    static void sweep(DMatrixRMaj q, int lo, int hi, double[] rt, int m, double[][] acc, BlockSink sink) {
        int d = q.numCols;
        for (int r0 = 0; r0 < m; r0 += REF_BLOCK) {
            int len = Math.min(REF_BLOCK, m - r0);
            int qi = lo;
            for (; qi + 4 <= hi; qi += 4) {
                dots4(q.data, d, qi, rt, m, r0, len, acc);
                for (int u = 0; u < 4; u++) {
                    sink.accept(qi + u, acc[u], r0, len);
                }
            }
            for (; qi < hi; qi++) {
                dots1(q.data, d, qi, rt, m, r0, len, acc[0]);
                sink.accept(qi, acc[0], r0, len);
            }
        }
    }

    /** The reference points transposed (d x m, row-major): the layout {@link #sweep} reads. */
    static double[] transposed(DMatrixRMaj r) {
        int m = r.numRows;
        int d = r.numCols;
        double[] rt = new double[d * m];
        for (int i = 0; i < m; i++) {
            for (int t = 0; t < d; t++) {
                rt[t * m + i] = r.data[i * d + t];
            }
        }
        return rt;
    }

    /** |q_i|^2 for the query rows lo..hi-1, at index i - lo. */
    static double[] squaredNorms(DMatrixRMaj q, int lo, int hi) {
        int d = q.numCols;
        double[] qn = new double[hi - lo];
        for (int qi = lo; qi < hi; qi++) {
            for (int t = 0; t < d; t++) {
                double v = q.data[qi * d + t];
                qn[qi - lo] += v * v;
            }
        }
        return qn;
    }

    /**
     * acc[u][j] = q_{qi+u} . r_{r0+j} for four queries at once: each reference value loaded is
     * used four times, which is what makes this faster than one query at a time (the kernel is
     * bound by loads, not arithmetic), and two dimensions per pass halve the accumulator traffic.
     */
    private static void dots4(double[] q, int d, int qi, double[] rt, int m, int r0, int len, double[][] acc) {
        double[] c0 = acc[0], c1 = acc[1], c2 = acc[2], c3 = acc[3];
        Arrays.fill(c0, 0, len, 0);
        Arrays.fill(c1, 0, len, 0);
        Arrays.fill(c2, 0, len, 0);
        Arrays.fill(c3, 0, len, 0);
        int q0 = qi * d, q1 = q0 + d, q2 = q1 + d, q3 = q2 + d;
        int t = 0;
        for (; t + 2 <= d; t += 2) {
            int o0 = t * m + r0;
            int o1 = o0 + m;
            double a0 = q[q0 + t], b0 = q[q0 + t + 1], a1 = q[q1 + t], b1 = q[q1 + t + 1];
            double a2 = q[q2 + t], b2 = q[q2 + t + 1], a3 = q[q3 + t], b3 = q[q3 + t + 1];
            for (int j = 0; j < len; j++) {
                double x = rt[o0 + j];
                double y = rt[o1 + j];
                c0[j] += a0 * x + b0 * y;
                c1[j] += a1 * x + b1 * y;
                c2[j] += a2 * x + b2 * y;
                c3[j] += a3 * x + b3 * y;
            }
        }
        for (; t < d; t++) {
            int o = t * m + r0;
            double a0 = q[q0 + t], a1 = q[q1 + t], a2 = q[q2 + t], a3 = q[q3 + t];
            for (int j = 0; j < len; j++) {
                double x = rt[o + j];
                c0[j] += a0 * x;
                c1[j] += a1 * x;
                c2[j] += a2 * x;
                c3[j] += a3 * x;
            }
        }
    }

    /** acc[j] = q_qi . r_{r0+j} for one query (the leftover queries of a block). */
    private static void dots1(double[] q, int d, int qi, double[] rt, int m, int r0, int len, double[] acc) {
        Arrays.fill(acc, 0, len, 0);
        for (int t = 0; t < d; t++) {
            double a = q[qi * d + t];
            int o = t * m + r0;
            for (int j = 0; j < len; j++) {
                acc[j] += a * rt[o + j];
            }
        }
    }
}
