package lab.subspace.magics.npcosts;

/**
 * Settings of the amortisation-gap experiment ({@link AmortizationGap#run}).
 *
 * @param lengthscale  SE kernel lengthscale on the unit circle (dx = 1)
 * @param noise        observation noise standard deviation
 * @param sizes        context sizes n at which the models are evaluated (training covers their range)
 * @param features     k, the second-order model's feature count; the mean-pooling representation gets
 *                     the same number of pooled values, k (k + 1) / 2 + k, and the rank-k Mercer
 *                     truncation is the bottleneck reference
 * @param pool         training tasks
 * @param steps        Adam steps per model
 * @param batch        tasks per step
 * @param hidden       hidden units per network
 * @param learningRate Adam learning rate
 * @param tests        held-out tasks per n
 * @param targets      targets per task
 * @param seed         random seed
 */
public record GapSpec(double lengthscale, double noise, int[] sizes, int features, int pool, int steps, int batch, int hidden,
        double learningRate, int tests, int targets, long seed) {

    public GapSpec {
        if (!(noise > 0) || !(lengthscale > 0)) {
            throw new IllegalArgumentException("noise and lengthscale must be > 0 but are " + noise + ", " + lengthscale);
        }
        sizes = sizes.clone();
        if (sizes.length < 1) {
            throw new IllegalArgumentException("need at least one context size");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1 || (i > 0 && sizes[i] <= sizes[i - 1])) {
                throw new IllegalArgumentException("context sizes must be increasing and >= 1 but are " + java.util.Arrays.toString(sizes));
            }
        }
        if (features < 1 || pool < 1 || steps < 0 || batch < 1 || hidden < 1 || tests < 1 || targets < 1) {
            throw new IllegalArgumentException("features, pool, batch, hidden, tests and targets must be >= 1 and steps >= 0");
        }
    }

    /** The notebook's settings. */
    public static GapSpec defaults() {
        return new GapSpec(0.2, 0.1, new int[] {4, 8, 16, 32}, 6, 512, 400, 16, 32, 1e-2, 32, 16, 4);
    }

    /** The same settings with another seed. */
    public GapSpec withSeed(long newSeed) {
        return new GapSpec(lengthscale, noise, sizes, features, pool, steps, batch, hidden, learningRate, tests, targets, newSeed);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}
