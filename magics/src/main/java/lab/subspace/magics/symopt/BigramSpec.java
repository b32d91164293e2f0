package lab.subspace.magics.symopt;

/**
 * Settings of the bigram comparison ({@link BigramExperiment}).
 *
 * @param vocabulary  V of the synthetic task (ignored for your own tokens)
 * @param width       model width d
 * @param rank        rank of the synthetic interaction
 * @param zipf        Zipf exponent of the synthetic token frequencies
 * @param beta        interaction strength of the synthetic task
 * @param batch       pairs per step
 * @param steps       optimizer steps (linear decay to 0)
 * @param evalEvery   evaluate every this many steps
 * @param initScale   standard deviation of the initial weights
 * @param weightDecay decoupled weight decay of every method
 * @param seeds       training seeds averaged (seed, seed + 1, ...)
 * @param seed        first seed (the synthetic task uses it too)
 */
public record BigramSpec(int vocabulary, int width, int rank, double zipf, double beta, int batch, int steps, int evalEvery, double initScale,
        double weightDecay, int seeds, long seed) {

    public BigramSpec {
        if (width < 1 || rank < 1 || batch < 1 || steps < 1 || evalEvery < 1 || seeds < 1) {
            throw new IllegalArgumentException("width, rank, batch, steps, evalEvery and seeds must be >= 1 but are " + width + ", " + rank
                    + ", " + batch + ", " + steps + ", " + evalEvery + ", " + seeds);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be finite and >= 0 but is " + weightDecay);
        }
    }

    /** V = 128, d = 16, rank 8, Zipf 1, beta 3, batches of 256, 300 steps, 2 seeds. */
    public static BigramSpec defaults() {
        return new BigramSpec(128, 16, 8, 1.0, 3.0, 256, 300, 25, 0.1, 0.0, 2, 1L);
    }

    /** The synthetic task these settings describe. */
    public BigramTask syntheticTask() {
        return BigramTask.zipfian(vocabulary, rank, zipf, beta, seed);
    }
}
