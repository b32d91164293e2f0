package lab.subspace.numerics.ot;

/** Stable sort of indices by key (ties keep index order), without boxing. */
final class IndexSort {

    private IndexSort() {
    }

    /** The permutation that sorts {@code keys} ascending; {@code keys} is not modified. */
    static int[] order(double[] keys) {
        int n = keys.length;
        int[] idx = new int[n];
        for (int k = 0; k < n; k++) {
            idx[k] = k;
        }
        int[] tmp = new int[n];
        // bottom-up merge sort: runs of width 1, 2, 4, ...
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (keys[idx[mid - 1]] <= keys[idx[mid]]) {
                    continue; // already in order
                }
                int p = lo;
                int q = mid;
                int t = lo;
                while (p < mid && q < hi) {
                    tmp[t++] = keys[idx[q]] < keys[idx[p]] ? idx[q++] : idx[p++];
                }
                while (p < mid) {
                    tmp[t++] = idx[p++];
                }
                while (q < hi) {
                    tmp[t++] = idx[q++];
                }
                System.arraycopy(tmp, lo, idx, lo, hi - lo);
            }
        }
        return idx;
    }
}
