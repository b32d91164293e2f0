package lab.subspace.magics.shift;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.Parallel;

/**
 * The coin-flip scan statistic of EagleEye / unsupervised domain-shift detection and its null
 * distribution. A point's ordered neighbours carry labels b_1, b_2, ... (1 = "same set as the
 * point"); with S_k = b_1 + ... + b_k, the statistic is
 * {@code max over k in [kMin, kMax] of -log P(Bin(k, p) >= S_k)}.
 *
 * <p>Under the null the labels are independent Bernoulli(p) and the statistic's upper tail
 * {@code P(max > t)} is a boundary-crossing probability of a binomial random walk, computed here
 * <em>exactly</em> by dynamic programming over (k, S_k), which gives the (1 - alpha) quantile
 * without simulation error even at alpha = 1e-5 (plain simulation needs ~10^7 sequences of
 * length kMax to pin that quantile down). Seeded simulation is kept as the paper's protocol and
 * as a check of the exact curve.
 *
 * <p>Springer &amp; Laio, "Unsupervised Domain Shift Detection with Interpretable Subspace
 * Attribution" (arXiv:2605.15920); the statistic is from Springer et al., "Detecting Localized
 * Density Anomalies in Multivariate Data via Coin-Flip Statistics" (EagleEye, arXiv:2503.23927).
 *
 * <pre>{@code
 * BinomialScan scan = BinomialScan.of(0.5, 20, 500);
 * NullThreshold t = scan.threshold(1e-5);              // exact (1 - 1e-5) quantile
 * double pFalse = scan.exceedance(t.value());          // <= 1e-5
 * NullThreshold mc = scan.simulatedThreshold(1e-5, 1_000_000, 7);
 * }</pre>
 */
public final class BinomialScan {

    /** Sequences simulated per random stream: fixes the streams whatever the thread count. */
    private static final int SIM_BLOCK = 4096;

    private final double p;
    private final int kMin;
    private final int kMax;
    /** -log P(Bin(k, p) >= s) at offset(k) + s, for k = 0..kMax, s = 0..k. */
    private final double[] table;

    private BinomialScan(double p, int kMin, int kMax, double[] table) {
        this.p = p;
        this.kMin = kMin;
        this.kMax = kMax;
        this.table = table;
    }

    /**
     * @param p    success probability under the null, in (0, 1)
     * @param kMin smallest neighbourhood size scanned (small k are too noisy to be informative)
     * @param kMax largest neighbourhood size (the number of neighbours of each point)
     */
    public static BinomialScan of(double p, int kMin, int kMax) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1) but is " + p);
        }
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("need 1 <= kMin <= kMax but kMin = " + kMin + ", kMax = " + kMax);
        }
        Memory.requireDoubles((long) (kMax + 1) * (kMax + 2) / 2, "binomial tail table for kMax = " + kMax);
        double[] table = new double[offset(kMax + 1)];
        double[] logPmf = new double[kMax + 1];
        double lp = Math.log(p);
        double lq = Math.log1p(-p);
        for (int k = 0; k <= kMax; k++) {
            // log pmf by the ratio recurrence from s = 0, exact enough in log space
            logPmf[0] = k * lq;
            for (int s = 1; s <= k; s++) {
                logPmf[s] = logPmf[s - 1] + Math.log((double) (k - s + 1) / s) + lp - lq;
            }
            // upper tails summed from the far end: only positive terms, so tiny tails keep full precision
            int o = offset(k);
            double logTail = Double.NEGATIVE_INFINITY;
            for (int s = k; s >= 1; s--) {
                logTail = logAddExp(logTail, logPmf[s]);
                table[o + s] = Math.max(0, -logTail);
            }
            table[o] = 0; // P(X >= 0) = 1
        }
        return new BinomialScan(p, kMin, kMax, table);
    }

    public double p() {
        return p;
    }

    public int kMin() {
        return kMin;
    }

    public int kMax() {
        return kMax;
    }

    /** -log P(Bin(k, p) >= s), for 0 <= s <= k <= kMax. */
    public double score(int k, int s) {
        if (k < 0 || k > kMax || s < 0 || s > k) {
            throw new IllegalArgumentException("need 0 <= s <= k <= " + kMax + " but k = " + k + ", s = " + s);
        }
        return table[offset(k) + s];
    }

    /**
     * The statistic of one label sequence (labels[j] for the (j+1)-th nearest neighbour).
     *
     * @return the maximum of -log P(Bin(k, p) >= S_k) over k in [kMin, kMax]
     */
    public double statistic(boolean[] labels) {
        if (labels.length < kMax) {
            throw new IllegalArgumentException("need " + kMax + " labels but got " + labels.length);
        }
        double best = 0;
        int s = 0;
        for (int k = 1; k <= kMax; k++) {
            s += labels[k - 1] ? 1 : 0;
            if (k >= kMin) {
                best = Math.max(best, table[offset(k) + s]);
            }
        }
        return best;
    }

    /** Row offsets into the flat table (row k holds s = 0..k); shared with the detector's hot loop. */
    static int offset(int k) {
        return k * (k + 1) / 2;
    }

    double[] table() {
        return table;
    }

    // ---------------------------------------------------------------- exact null

    /**
     * P(statistic > t) under the null, exactly: the probability that the walk S_k crosses the
     * boundary {s : score(k, s) > t} at some k in [kMin, kMax], summed as the mass removed at
     * each crossing (small positive terms, so a 1e-6 probability keeps ~14 digits).
     */
    public double exceedance(double t) {
        double[] f = new double[kMax + 2];
        f[0] = 1;
        int top = 0; // f[s] = 0 for s > top
        double crossed = 0;
        double q = 1 - p;
        for (int k = 1; k <= kMax; k++) {
            top = Math.min(k, top + 1);
            for (int s = top; s >= 1; s--) {
                f[s] = f[s] * q + f[s - 1] * p;
            }
            f[0] *= q;
            if (k >= kMin) {
                int c = firstAbove(k, t);
                for (int s = c; s <= top; s++) {
                    crossed += f[s];
                    f[s] = 0;
                }
                top = Math.min(top, c - 1);
                if (top < 0) {
                    return 1;
                }
            }
        }
        return Math.min(1, crossed);
    }

    /** Smallest s with score(k, s) > t (k + 1 if none); scores increase with s. */
    private int firstAbove(int k, double t) {
        int o = offset(k);
        int lo = 0;
        int hi = k + 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (table[o + mid] > t) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * The exact (1 - alpha) quantile of the statistic under the null: the smallest attainable
     * value t with P(statistic > t) <= alpha. Points whose statistic exceeds it are flagged.
     */
    public NullThreshold threshold(double alpha) {
        requireAlpha(alpha);
        double[] values = attainableValues();
        // exceedance is non-increasing in t: binary search for the first value where it is <= alpha
        int lo = 0;
        int hi = values.length - 1;
        while (lo < hi) {
            Interrupts.check();
            int mid = (lo + hi) >>> 1;
            if (exceedance(values[mid]) <= alpha) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return new NullThreshold(values[lo], alpha, exceedance(values[lo]), NullModel.EXACT, 0);
    }

    private double[] attainableValues() {
        double[] all = new double[offset(kMax + 1) - offset(kMin)];
        System.arraycopy(table, offset(kMin), all, 0, all.length);
        Arrays.sort(all);
        int n = 0;
        for (int i = 0; i < all.length; i++) {
            if (n == 0 || all[i] != all[n - 1]) {
                all[n++] = all[i];
            }
        }
        return Arrays.copyOf(all, n);
    }

    // ---------------------------------------------------------------- simulated null

    /**
     * The statistic of {@code sequences} simulated null label sequences (seeded; the same seed
     * gives the same values on any number of threads). Bernoulli draws compare 32 random bits
     * with round(p 2^32), i.e. p is used to within 2^-33.
     */
    public double[] simulate(int sequences, long seed) {
        if (sequences < 1) {
            throw new IllegalArgumentException("sequences must be >= 1 but is " + sequences);
        }
        Memory.requireDoubles(sequences, "simulated statistics");
        double[] out = new double[sequences];
        long cut = Math.round(p * 0x1p32);
        int blocks = (sequences + SIM_BLOCK - 1) / SIM_BLOCK;
        try (Progress progress = Progress.start("null simulation", blocks, Duration.ofSeconds(1))) {
            Parallel.forRange(blocks, 1, progress, (lo, hi) -> {
                for (int b = lo; b < hi; b++) {
                    SplittableRandom rnd = new SplittableRandom(mix64(mix64(seed) + b));
                    int end = Math.min(sequences, (b + 1) * SIM_BLOCK);
                    for (int i = b * SIM_BLOCK; i < end; i++) {
                        out[i] = simulateOne(rnd, cut);
                    }
                }
            });
        }
        return out;
    }

    private double simulateOne(SplittableRandom rnd, long cut) {
        double best = 0;
        int s = 0;
        long bits = 0;
        for (int k = 1; k <= kMax; k++) {
            long u;
            if ((k & 1) == 1) {
                bits = rnd.nextLong();
                u = bits >>> 32;
            } else {
                u = bits & 0xFFFFFFFFL;
            }
            s += u < cut ? 1 : 0;
            if (k >= kMin) {
                best = Math.max(best, table[offset(k) + s]);
            }
        }
        return best;
    }

    /**
     * The (1 - alpha) quantile of {@code sequences} simulated statistics (the paper's protocol),
     * with its exact false-flag probability {@link #exceedance} for comparison. With N
     * sequences only about N alpha of them lie above the quantile, so it is only as good as
     * that count is large.
     */
    public NullThreshold simulatedThreshold(double alpha, int sequences, long seed) {
        requireAlpha(alpha);
        double[] sims = simulate(sequences, seed);
        Arrays.sort(sims);
        return simulatedThreshold(sims, alpha);
    }

    /** The threshold read off sorted simulated statistics: the smallest t with (#sims > t) <= alpha N. */
    NullThreshold simulatedThreshold(double[] sortedSims, double alpha) {
        int n = sortedSims.length;
        long allowed = (long) Math.floor(alpha * n + 1e-9);
        double t = sortedSims[(int) Math.max(0, n - 1 - allowed)];
        return new NullThreshold(t, alpha, exceedance(t), NullModel.SIMULATED, n);
    }

    /**
     * The SplitMix64 finaliser: stream seeds must not lie on SplittableRandom's own gamma lattice
     * (seed * gamma + b would make seed 2's streams those of seed 1 shifted by one draw).
     */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void requireAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1) but is " + alpha);
        }
    }

    private static double logAddExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        double hi = Math.max(a, b);
        return hi + Math.log1p(Math.exp(Math.min(a, b) - hi));
    }
}
