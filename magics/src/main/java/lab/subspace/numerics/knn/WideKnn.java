package lab.subspace.numerics.knn;

import java.time.Duration;
import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;
import lab.subspace.numerics.linalg.RowOps;

/**
 * Exact k-nearest neighbours for large k (hundreds of neighbours among thousands of points),
 * where the bounded heap of {@link Knn} spends most of its time re-ordering. Each query's whole
 * row of approximate squared distances |q|^2 + |r|^2 - 2 q.r is computed (vectorised dot
 * products over cache-sized blocks of reference points); a threshold read off a strided sample
 * of the row keeps a little more than k candidates (plus a margin covering the rounding of the
 * approximation, so no true neighbour is lost); a radix sort orders them, and only those that
 * can be among the k nearest get their exact distance, which settles near ties. One-dimensional
 * data take a sorted sweep instead. Same result and ordering as {@link Knn} (nearest first, ties
 * by the lower reference index); parallel over blocks of queries and independent of the number
 * of threads.
 *
 * <p>Used by unsupervised domain-shift detection, which needs the 500 nearest pooled points of
 * every point. On two shared cores, k = 500 among 4000 points took ~0.2 CPU-s in 2 dimensions
 * and ~0.3 in 20 (Knn: ~0.75 in both); 20000 points in 20 dimensions ~5 CPU-s.
 *
 * <pre>{@code
 * Neighbors nn = WideKnn.searchSelf(pooled, 500);   // each row's 500 nearest other rows
 * int j = nn.index(0, 499);                         // the 500th nearest neighbour of row 0
 * }</pre>
 */
public final class WideKnn {

    /** Queries whose distance rows are held at once (16 rows of m doubles per task). */
    private static final int QUERY_BLOCK = 16;
    /** Strided sample of a row from which the candidate threshold is read. */
    private static final int SAMPLE = 128;

    private WideKnn() {
    }

    /** The k nearest rows of {@code reference} for each row of {@code queries}. */
    public static Neighbors search(DMatrixRMaj queries, DMatrixRMaj reference, int k) {
        return search(queries, reference, k, false);
    }

    /** The k nearest other rows of {@code points} for each row (row i is never its own neighbour). */
    public static Neighbors searchSelf(DMatrixRMaj points, int k) {
        return search(points, points, k, true);
    }

    /**
     * Like {@link Knn#search(DMatrixRMaj, DMatrixRMaj, int, boolean)}: reference i is skipped
     * for query i when {@code excludeSameIndex}.
     */
    public static Neighbors search(DMatrixRMaj queries, DMatrixRMaj reference, int k, boolean excludeSameIndex) {
        KnnArguments.requireValid(queries, reference, k, excludeSameIndex);
        int nq = queries.numRows;
        int m = reference.numRows;
        int d = reference.numCols;
        int workers = Math.min(Parallel.threads(), Math.max(1, nq / QUERY_BLOCK));
        Memory.requireDoubles((long) nq * k * 3 / 2 + (long) d * m + (long) workers * (QUERY_BLOCK + 8) * m,
                "k-nearest-neighbour output " + nq + " x " + k + " and distance rows");
        int[] idx = new int[nq * k];
        double[] dist = new double[nq * k];
        if (d == 1) {
            try (Progress progress = Progress.start("k-nearest neighbours", nq, Duration.ofSeconds(1))) {
                LineKnn.search(queries, reference, k, excludeSameIndex, idx, dist, progress);
            }
            return new Neighbors(nq, k, idx, dist);
        }
        double[] rt = BlockDots.transposed(reference);
        double[] rn = RowOps.squaredNorms(reference);
        double rnMax = 0;
        for (double v : rn) {
            rnMax = Math.max(rnMax, v);
        }
        Problem problem = new Problem(queries, reference, rt, rn, rnMax, k, excludeSameIndex);
        try (Progress progress = Progress.start("k-nearest neighbours", nq, Duration.ofSeconds(1))) {
            Parallel.forRange(nq, QUERY_BLOCK, progress, (lo, hi) -> {
                Worker w = new Worker(problem);
                for (int b = lo; b < hi; b += QUERY_BLOCK) {
                    w.block(b, Math.min(hi, b + QUERY_BLOCK), idx, dist);
                }
            });
        }
        return new Neighbors(nq, k, idx, dist);
    }

    private record Problem(DMatrixRMaj q, DMatrixRMaj r, double[] rt, double[] rn, double rnMax, int k,
            boolean excludeSelf) {
    }

    /** Per-task buffers: distance rows of one query block, the threshold sample, candidates. */
    private static final class Worker {
        private final Problem p;
        private final int m;
        private final double[][] rows = new double[QUERY_BLOCK][];
        private final double[][] acc = new double[4][BlockDots.REF_BLOCK];
        private final double[] sample;
        private final int[] cand;
        private final double[] exact;
        private final int[] candCopy;
        private final int[] keys;
        private final int[] keysTmp;
        private final int[] pos;
        private final int[] posTmp;
        private final int[] counts = new int[2 * 256];

        Worker(Problem p) {
            this.p = p;
            this.m = p.r.numRows;
            for (int i = 0; i < QUERY_BLOCK; i++) {
                rows[i] = new double[m];
            }
            sample = new double[Math.min(SAMPLE, m)];
            cand = new int[m];
            exact = new double[m];
            candCopy = new int[m];
            keys = new int[m];
            keysTmp = new int[m];
            pos = new int[m];
            posTmp = new int[m];
        }

        void block(int lo, int hi, int[] outIdx, double[] outDist) {
            double[] qn = BlockDots.squaredNorms(p.q, lo, hi);
            BlockDots.sweep(p.q, lo, hi, p.rt, m, acc, (qi, dots, r0, len) -> store(dots, len, r0, qn[qi - lo], rows[qi - lo]));
            for (int qi = lo; qi < hi; qi++) {
                select(qi, rows[qi - lo], qn[qi - lo], outIdx, outDist);
            }
        }

        /** row[r0 + j] = |q|^2 + |r|^2 - 2 q.r: an approximation of the squared distance. */
        private void store(double[] dots, int len, int r0, double qn, double[] row) {
            double[] rn = p.rn;
            for (int j = 0; j < len; j++) {
                row[r0 + j] = qn + rn[r0 + j] - 2 * dots[j];
            }
        }

        /**
         * The k nearest of one query from its approximate row: candidates below a sampled
         * threshold, widened by a bound on the rounding of the approximation so that no true
         * neighbour is lost, then sorted by exact distance.
         */
        private void select(int qi, double[] row, double qn, int[] outIdx, double[] outDist) {
            int k = p.k;
            if (p.excludeSelf) {
                row[qi] = Double.NaN; // fails every comparison: never a candidate
            }
            // twice a bound on |approx - exact| <= ~ (d + 4) eps (|q|^2 + |r|^2), with a wide margin
            double slack = 2e-10 * (qn + p.rnMax) * (1 + p.q.numCols / 1000.0);
            int stride = m / sample.length;
            for (int s = 0; s < sample.length; s++) {
                double v = row[s * stride];
                sample[s] = Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
            }
            Arrays.sort(sample);
            // the k-th nearest sits near rank s k / m of the s samples; 3 binomial standard
            // deviations of headroom make a second pass (below) rare (~0.1% of queries)
            double f = (double) k / m;
            int rank = (int) Math.ceil(sample.length * f + 3 * Math.sqrt(sample.length * f * (1 - f)) + 1);
            int count;
            while (true) {
                // at least k approximate values <= tau, so the k-th exact distance is <= tau + slack / 2,
                // and every true neighbour's approximate value is <= tau + slack: all are candidates
                double tau = rank >= sample.length - 1 ? Double.POSITIVE_INFINITY : sample[rank];
                double wide = tau + slack;
                count = 0;
                int below = 0;
                for (int j = 0; j < m; j++) {
                    double v = row[j];
                    cand[count] = j;
                    count += v <= wide ? 1 : 0;
                    below += v <= tau ? 1 : 0;
                }
                if (below >= k) {
                    break;
                }
                rank = 2 * rank + 1;
            }
            int prefix = orderByApproximation(row, count, slack);
            sortExact(qi, prefix);
            int o = qi * k;
            for (int j = 0; j < k; j++) {
                outIdx[o + j] = cand[j];
                outDist[o + j] = Math.sqrt(exact[j]);
            }
        }

        /**
         * Orders the candidates (in increasing index order) by their approximate distance with a
         * stable two-pass radix sort on a 16-bit key that grows with it, and returns how many of
         * them can be among the k nearest: those within the rounding slack of the k-th.
         */
        private int orderByApproximation(double[] row, int count, double slack) {
            double max = 0;
            for (int c = 0; c < count; c++) {
                max = Math.max(max, row[cand[c]]);
            }
            double scale = max > 0 ? 65535 / max : 0;
            for (int c = 0; c < count; c++) {
                keys[c] = key(row[cand[c]], scale);
                pos[c] = c;
            }
            radixSort(count);
            System.arraycopy(cand, 0, candCopy, 0, count);
            for (int c = 0; c < count; c++) {
                cand[c] = candCopy[pos[c]];
            }
            // the k-th nearest's approximation is at most the largest among the first k
            double kth = 0;
            for (int c = 0; c < p.k; c++) {
                kth = Math.max(kth, row[cand[c]]);
            }
            int last = key(kth + slack, scale);
            int prefix = p.k;
            while (prefix < count && keys[prefix] <= last) {
                prefix++;
            }
            return prefix;
        }

        private static int key(double approx, double scale) {
            return (int) Math.min(65535, Math.max(0, approx * scale));
        }

        /**
         * Sorts the first {@code count} candidates, already in order of their approximate
         * distance, by (exact squared distance, index): the exact distances only reorder near
         * ties, which an insertion pass puts right.
         */
        private void sortExact(int qi, int count) {
            int d = p.q.numCols;
            double[] q = p.q.data;
            double[] r = p.r.data;
            for (int c = 0; c < count; c++) {
                int j = cand[c];
                double s = 0;
                for (int t = 0; t < d; t++) {
                    double diff = q[qi * d + t] - r[j * d + t];
                    s += diff * diff;
                }
                exact[c] = s;
            }
            for (int i = 1; i < count; i++) {
                double e = exact[i];
                int j = cand[i];
                int h = i - 1;
                while (h >= 0 && (exact[h] > e || (exact[h] == e && cand[h] > j))) {
                    exact[h + 1] = exact[h];
                    cand[h + 1] = cand[h];
                    h--;
                }
                exact[h + 1] = e;
                cand[h + 1] = j;
            }
        }

        /** Stable LSD radix sort of the 16-bit keys[0, n) (two 8-bit digits), carrying pos. */
        private void radixSort(int n) {
            Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[keys[i] & 0xff]++;
                counts[256 + (keys[i] >>> 8)]++;
            }
            int[] kIn = keys, pIn = pos, kOut = keysTmp, pOut = posTmp;
            for (int digit = 0; digit < 2; digit++) {
                int base = digit * 256;
                int shift = digit * 8;
                int sum = 0;
                for (int b = 0; b < 256; b++) {
                    int c = counts[base + b];
                    counts[base + b] = sum;
                    sum += c;
                }
                for (int i = 0; i < n; i++) {
                    int at = counts[base + ((kIn[i] >>> shift) & 0xff)]++;
                    kOut[at] = kIn[i];
                    pOut[at] = pIn[i];
                }
                int[] t = kIn;
                kIn = kOut;
                kOut = t;
                t = pIn;
                pIn = pOut;
                pOut = t;
            }
            // two passes: the result is back in keys / pos
        }
    }
}
