package lab.subspace.magics.mhanw;

/**
 * Settings of {@link RotationSweep}. Defaults ({@link #defaults()}): d = 24, H = 4 heads of
 * d_k = 4, 9 angles from 0 to 90 degrees, n = 1000 training points, 300 queries, 40 training sets,
 * signal share 0.8, label noise 0.5, bandwidth 0.3.
 *
 * @param dimension  d, input dimension; needs (H + 1) d_k &lt;= d
 * @param heads      H
 * @param headDim    d_k (even: the private views are a quarter turn of the shared one, see {@link RotationSweep})
 * @param steps      number of angles from 0 (identical heads) to 90 degrees (orthogonal heads), evenly spaced in HDI, at least 3
 * @param samples    training set size n
 * @param queries    number of query points
 * @param replicates training sets in the Monte Carlo (at least 2)
 * @param signal     share of each view coordinate's variance that comes from the latent, in (0, 1]
 * @param labelNoise standard deviation of the label noise
 * @param bandwidth  Gaussian kernel bandwidth of every head
 * @param seed       random seed
 */
public record RotationSpec(int dimension, int heads, int headDim, int steps, int samples, int queries, int replicates,
        double signal, double labelNoise, double bandwidth, long seed) {

    /**
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public RotationSpec {
        if (heads < 2) {
            throw new IllegalArgumentException("the sweep compares heads: H must be at least 2 but is " + heads);
        }
        if (headDim < 2 || headDim % 2 != 0) {
            throw new IllegalArgumentException("d_k must be even and at least 2 (views are quarter turns in coordinate pairs) but is "
                    + headDim);
        }
        if ((long) (heads + 1) * headDim > dimension) {
            throw new IllegalArgumentException("H + 1 = " + (heads + 1) + " orthogonal views of d_k = " + headDim + " need d >= "
                    + (heads + 1) * headDim + " but d = " + dimension);
        }
        if (steps < 3) {
            throw new IllegalArgumentException("the sweep needs at least 3 angles but steps = " + steps);
        }
        if (samples < 1 || queries < 1) {
            throw new IllegalArgumentException("n and the number of queries must be positive but are " + samples + " and " + queries);
        }
        if (replicates < 2) {
            throw new IllegalArgumentException("variances need at least 2 training sets but replicates = " + replicates);
        }
        LatentViews.requireSignal(signal);
        if (!(labelNoise >= 0) || Double.isInfinite(labelNoise)) {
            throw new IllegalArgumentException("the label noise must be finite and >= 0 but is " + labelNoise);
        }
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("the bandwidth must be positive and finite but is " + bandwidth);
        }
    }

    public static RotationSpec defaults() {
        return new RotationSpec(24, 4, 4, 9, 1000, 300, 40, 0.8, 0.5, 0.3, 0);
    }

    public RotationSpec withSeed(long newSeed) {
        return new RotationSpec(dimension, heads, headDim, steps, samples, queries, replicates, signal, labelNoise, bandwidth, newSeed);
    }

    public RotationSpec withSize(int newSamples, int newQueries, int newReplicates) {
        return new RotationSpec(dimension, heads, headDim, steps, newSamples, newQueries, newReplicates, signal, labelNoise, bandwidth,
                seed);
    }
}
