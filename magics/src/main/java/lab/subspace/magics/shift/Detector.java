package lab.subspace.magics.shift;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.knn.WideKnn;

/**
 * Detection on one pooled sample: the two scans (test points over-dense, reference points
 * over-dense = test under-dense) and their thresholds are fixed by the set sizes, so they are
 * built once and reused for every feature subspace the attribution tries.
 */
final class Detector {

    final Pooled pooled;
    final ShiftOptions options;
    final BinomialScan overScan;
    final BinomialScan underScan;
    final NullThreshold overThreshold;
    final NullThreshold underThreshold;

    Detector(Pooled pooled, ShiftOptions options) {
        int n = pooled.size();
        if (options.kMax() > n - 1) {
            throw new IllegalArgumentException("kMax = " + options.kMax() + " neighbours but the pooled sample has only "
                    + n + " points (" + pooled.referenceSize + " reference + " + pooled.testSize
                    + " test): use kMax <= " + (n - 1));
        }
        this.pooled = pooled;
        this.options = options;
        double p = (double) pooled.testSize / n;
        overScan = BinomialScan.of(p, options.kMin(), options.kMax());
        overThreshold = options.threshold(overScan);
        if (pooled.testSize == pooled.referenceSize) {
            underScan = overScan;
            underThreshold = overThreshold;
        } else {
            underScan = BinomialScan.of(1 - p, options.kMin(), options.kMax());
            underThreshold = options.threshold(underScan);
        }
    }

    /** Statistics of every pooled point in the subspace of {@code features}. */
    Scores scores(int[] features) {
        int[] idx = neighbours(features);
        int n = pooled.size();
        double[] stat = new double[n];
        int[] scale = new int[n];
        for (int i = 0; i < n; i++) {
            scan(idx, i, stat, scale);
        }
        return new Scores(stat, scale);
    }

    private int[] neighbours(int[] features) {
        DMatrixRMaj u = pooled.columns(features);
        return WideKnn.searchSelf(u, options.kMax()).indices();
    }

    /** Point i's statistic (max over k of the table) and the k where it peaks, into stat[i], scale[i]. */
    private void scan(int[] idx, int i, double[] stat, int[] scale) {
        scanPoint(idx, i, i >= pooled.referenceSize, stat, scale, i);
    }

    /**
     * The statistic of the point whose neighbours are row {@code row} of {@code idx} (pooled
     * indices), for a point of the test set when {@code test}; written to stat[at], scale[at].
     */
    private void scanPoint(int[] idx, int row, boolean test, double[] stat, int[] scale, int at) {
        int nx = pooled.referenceSize;
        int kMin = options.kMin();
        int kMax = options.kMax();
        double[] table = (test ? overScan : underScan).table();
        int s = 0;
        double best = 0;
        int bestK = kMin;
        int o = row * kMax;
        for (int k = 1; k <= kMax; k++) {
            s += (idx[o + k - 1] >= nx) == test ? 1 : 0;
            if (k >= kMin) {
                double v = table[BinomialScan.offset(k) + s];
                if (v > best) {
                    best = v;
                    bestK = k;
                }
            }
        }
        stat[at] = best;
        scale[at] = bestK;
    }

    /**
     * How pronounced a detected anomaly is in a subspace: the summed statistics of its member
     * points (pooled indices), each scanned against its own set. Only the members are queried,
     * so this costs |members| / n of a full detection.
     */
    double strength(int[] features, int[] members) {
        int n = pooled.size();
        int nx = pooled.referenceSize;
        // members first, so that query i is reference row i and excludes itself
        int[] perm = new int[n];
        boolean[] isMember = new boolean[n];
        int c = 0;
        for (int i : members) {
            perm[c++] = i;
            isMember[i] = true;
        }
        for (int i = 0; i < n; i++) {
            if (!isMember[i]) {
                perm[c++] = i;
            }
        }
        int f = features.length;
        DMatrixRMaj reordered = pooled.columns(features, perm);
        DMatrixRMaj queries = new DMatrixRMaj(members.length, f);
        System.arraycopy(reordered.data, 0, queries.data, 0, members.length * f);
        int[] idx = WideKnn.search(queries, reordered, options.kMax(), true).indices();
        for (int j = 0; j < idx.length; j++) {
            idx[j] = perm[idx[j]]; // back to pooled indices, whose position tells the set
        }
        double total = 0;
        double[] stat = new double[1];
        int[] scale = new int[1];
        for (int m = 0; m < members.length; m++) {
            scanPoint(idx, m, members[m] >= nx, stat, scale, 0);
            total += stat[0];
        }
        return total;
    }

    /** Detection in the subspace of {@code features}; {@code startNanos} is when the caller's work began. */
    ShiftDetection detect(int[] features, List<String> names, long startNanos) {
        Scores sc = scores(features);
        int nx = pooled.referenceSize;
        int ny = pooled.testSize;
        double[] under = new double[nx];
        int[] underK = new int[nx];
        double[] over = new double[ny];
        int[] overK = new int[ny];
        System.arraycopy(sc.stat, 0, under, 0, nx);
        System.arraycopy(sc.scale, 0, underK, 0, nx);
        System.arraycopy(sc.stat, nx, over, 0, ny);
        System.arraycopy(sc.scale, nx, overK, 0, ny);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return new ShiftDetection(names, features.clone(), nx, ny, options.kMin(), options.kMax(), overThreshold,
                underThreshold, over, overK, above(over, overThreshold.value()), under, underK,
                above(under, underThreshold.value()), seconds);
    }

    private static int[] above(double[] stat, double t) {
        int c = 0;
        for (double v : stat) {
            c += v > t ? 1 : 0;
        }
        int[] out = new int[c];
        c = 0;
        for (int i = 0; i < stat.length; i++) {
            if (stat[i] > t) {
                out[c++] = i;
            }
        }
        return out;
    }

    /** Per pooled point: the statistic and the neighbourhood size k at which it peaked. */
    record Scores(double[] stat, int[] scale) {
    }
}
