package lab.subspace.magics.mhanw;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Settings of {@link BudgetSweep}. Defaults ({@link #defaults()}): budget D = 24 in R^24, a
 * 2-dimensional latent, n = 100 to 3200 (doubling), every d_k dividing D, 200 queries,
 * 4 training sets per n, signal share 0.8, label noise 2, bandwidth 0.7.
 *
 * @param budget      D = H d_k, the total head dimension
 * @param dimension   d &gt;= D, input dimension
 * @param latent      r, dimension of the latent the target depends on
 * @param sampleSizes training set sizes n, increasing, at least 2 of them
 * @param headDims    d_k values to compare, each dividing D, increasing, at least 3
 * @param queries     number of query points per training set
 * @param replicates  training sets (and random head orientations) per n, at least 1
 * @param signal      share of each coordinate's variance that comes from the latent, in (0, 1]
 * @param labelNoise  standard deviation of the label noise
 * @param bandwidth   Gaussian kernel bandwidth of every head, in the units of x (fixed, like a
 *                    fixed attention temperature)
 * @param seed        random seed
 */
public record BudgetSpec(int budget, int dimension, int latent, int[] sampleSizes, int[] headDims, int queries, int replicates,
        double signal, double labelNoise, double bandwidth, long seed) {

    /**
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public BudgetSpec {
        if (budget < 1 || budget > dimension) {
            throw new IllegalArgumentException("need 1 <= D <= d but D = " + budget + " and d = " + dimension);
        }
        if (latent < 1 || latent > dimension) {
            throw new IllegalArgumentException("need 1 <= r <= d but r = " + latent + " and d = " + dimension);
        }
        sampleSizes = sampleSizes.clone();
        headDims = headDims.clone();
        if (sampleSizes.length < 2) {
            throw new IllegalArgumentException("a trend in n needs at least 2 sample sizes but got " + Arrays.toString(sampleSizes));
        }
        for (int i = 0; i < sampleSizes.length; i++) {
            if (sampleSizes[i] < 1 || (i > 0 && sampleSizes[i] <= sampleSizes[i - 1])) {
                throw new IllegalArgumentException("sample sizes must be positive and increasing but are " + Arrays.toString(sampleSizes));
            }
        }
        if (headDims.length < 3) {
            throw new IllegalArgumentException("an optimum needs at least 3 head dimensions but got " + Arrays.toString(headDims));
        }
        for (int i = 0; i < headDims.length; i++) {
            if (headDims[i] < 1 || budget % headDims[i] != 0 || (i > 0 && headDims[i] <= headDims[i - 1])) {
                throw new IllegalArgumentException("head dimensions must be increasing divisors of D = " + budget + " but are "
                        + Arrays.toString(headDims));
            }
        }
        if (queries < 1 || replicates < 1) {
            throw new IllegalArgumentException("queries and replicates must be positive but are " + queries + " and " + replicates);
        }
        LatentViews.requireSignal(signal);
        if (!(labelNoise >= 0) || Double.isInfinite(labelNoise)) {
            throw new IllegalArgumentException("the label noise must be finite and >= 0 but is " + labelNoise);
        }
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("the bandwidth must be positive and finite but is " + bandwidth);
        }
    }

    public static BudgetSpec defaults() {
        return new BudgetSpec(24, 24, 2, new int[] {100, 200, 400, 800, 1600, 3200}, divisors(24), 200, 4, 0.8, 2.0, 0.7, 0);
    }

    /** The divisors of D in increasing order: every (H, d_k) with H d_k = D. */
    public static int[] divisors(int budget) {
        return IntStream.rangeClosed(1, budget).filter(k -> budget % k == 0).toArray();
    }

    @Override
    public int[] sampleSizes() {
        return sampleSizes.clone();
    }

    @Override
    public int[] headDims() {
        return headDims.clone();
    }

    public BudgetSpec withSeed(long newSeed) {
        return new BudgetSpec(budget, dimension, latent, sampleSizes, headDims, queries, replicates, signal, labelNoise, bandwidth, newSeed);
    }

    public BudgetSpec withSizes(int[] newSampleSizes, int newQueries, int newReplicates) {
        return new BudgetSpec(budget, dimension, latent, newSampleSizes, headDims, newQueries, newReplicates, signal, labelNoise,
                bandwidth, seed);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BudgetSpec s && s.budget == budget && s.dimension == dimension && s.latent == latent
                && Arrays.equals(s.sampleSizes, sampleSizes) && Arrays.equals(s.headDims, headDims) && s.queries == queries
                && s.replicates == replicates && s.signal == signal && s.labelNoise == labelNoise && s.bandwidth == bandwidth
                && s.seed == seed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sampleSizes) * 31 + Arrays.hashCode(headDims) + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "BudgetSpec[D=" + budget + ", d=" + dimension + ", r=" + latent + ", n=" + Arrays.toString(sampleSizes) + ", d_k="
                + Arrays.toString(headDims) + ", queries=" + queries + ", replicates=" + replicates + ", signal=" + signal
                + ", labelNoise=" + labelNoise + ", bandwidth=" + bandwidth + ", seed=" + seed + "]";
    }
}
