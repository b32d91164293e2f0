package lab.subspace.magics.symopt;

/**
 * Settings of the router comparison ({@link RouterExperiment}).
 *
 * @param inputDim    d of the synthetic task
 * @param clusters    clusters K of the synthetic task
 * @param outputDim   o of the synthetic task
 * @param separation  radius of the synthetic cluster centres
 * @param samples     synthetic training points
 * @param moe         the mixture of experts
 * @param steps       optimizer steps (linear decay to 0)
 * @param evalEvery   evaluate every this many steps
 * @param weightDecay decoupled weight decay of every method
 * @param seeds       training seeds averaged (seed, seed + 1, ...)
 * @param seed        first seed (the synthetic task uses it too)
 */
public record RouterSpec(int inputDim, int clusters, int outputDim, double separation, int samples, MoeSpec moe, int steps, int evalEvery,
        double weightDecay, int seeds, long seed) {

    public RouterSpec {
        java.util.Objects.requireNonNull(moe, "moe");
        if (steps < 1 || evalEvery < 1 || seeds < 1) {
            throw new IllegalArgumentException("steps, evalEvery and seeds must be >= 1 but are " + steps + ", " + evalEvery + ", " + seeds);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be finite and >= 0 but is " + weightDecay);
        }
    }

    /** d = 16, K = 8 clusters, o = 4, radius 3, 4096 points, {@link MoeSpec#defaults()}, 400 steps, 5 seeds. */
    public static RouterSpec defaults() {
        return new RouterSpec(16, 8, 4, 3.0, 4096, MoeSpec.defaults(), 400, 25, 0.0, 5, 1L);
    }

    /** The synthetic task these settings describe. */
    public RouterTask syntheticTask() {
        return RouterTask.clusters(inputDim, clusters, outputDim, separation, samples, seed);
    }
}
