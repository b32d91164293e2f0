package lab.subspace.numerics.knn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.Parallel;

/**
 * One-dimensional exact kNN for {@link WideKnn}: with the reference values sorted once, a
 * query's neighbours are the k values met by walking outwards from its position, already in
 * distance order, so no selection or sort is needed (O(k) per query instead of O(m)). Ties are
 * put in (distance, index) order exactly as the general path does.
 */
final class LineKnn {

    private LineKnn() {
    }

    static void search(DMatrixRMaj q, DMatrixRMaj r, int k, boolean excludeSelf, int[] outIdx, double[] outDist,
            lab.subspace.display.Progress progress) {
        int m = r.numRows;
        double[] values = r.data;
        // reference indices by (value, index)
        int[] order = java.util.stream.IntStream.range(0, m).boxed()
                .sorted((a, b) -> values[a] != values[b] ? Double.compare(values[a], values[b]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        double[] sorted = new double[m];
        for (int i = 0; i < m; i++) {
            sorted[i] = values[order[i]];
        }
        int[] finalOrder = order;
        Parallel.forRange(q.numRows, 256, progress, (lo, hi) -> {
            int[] idx = new int[m];
            double[] d2 = new double[m];
            for (int qi = lo; qi < hi; qi++) {
                walk(q.data[qi], qi, sorted, finalOrder, k, excludeSelf, idx, d2, outIdx, outDist);
            }
        });
    }

    private static void walk(double x, int qi, double[] sorted, int[] order, int k, boolean excludeSelf, int[] idx,
            double[] d2, int[] outIdx, double[] outDist) {
        int m = sorted.length;
        int right = lowerBound(sorted, x);
        int left = right - 1;
        int n = 0;
        double last = -1;
        while (left >= 0 || right < m) {
            double dl = left >= 0 ? sq(x - sorted[left]) : Double.POSITIVE_INFINITY;
            double dr = right < m ? sq(x - sorted[right]) : Double.POSITIVE_INFINITY;
            boolean takeLeft = dl <= dr;
            double dd = takeLeft ? dl : dr;
            if (n >= k && dd > last) {
                break; // k found and the run of ties at the k-th distance is complete
            }
            int j = takeLeft ? order[left--] : order[right++];
            if (excludeSelf && j == qi) {
                continue;
            }
            idx[n] = j;
            d2[n] = dd;
            n++;
            last = dd;
        }
        // distances are already non-decreasing: insertion only reorders equal distances by index
        for (int i = 1; i < n; i++) {
            double e = d2[i];
            int j = idx[i];
            int h = i - 1;
            while (h >= 0 && d2[h] == e && idx[h] > j) {
                d2[h + 1] = d2[h];
                idx[h + 1] = idx[h];
                h--;
            }
            d2[h + 1] = e;
            idx[h + 1] = j;
        }
        int o = qi * k;
        for (int i = 0; i < k; i++) {
            outIdx[o + i] = idx[i];
            outDist[o + i] = Math.sqrt(d2[i]);
        }
    }

    private static double sq(double v) {
        return v * v;
    }

    /** First position whose value is >= x. */
    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
