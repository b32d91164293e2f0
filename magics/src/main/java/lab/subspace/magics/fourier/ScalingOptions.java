package lab.subspace.magics.fourier;

import picocli.CommandLine.Option;

/** Options shared by {@code scaling} and {@code textures}. */
final class ScalingOptions {

    @Option(names = "--seeds", description = "Runs per (alpha, N).")
    Integer seeds;
    @Option(names = "--eta", description = "Learning rate times inputs^lr-power.")
    Double eta;
    @Option(names = "--lr-power", description = "Learning rate = eta / inputs^lr-power.")
    Double lrPower;
    @Option(names = "--max-steps", description = "Steps before a run counts as not learned.")
    Long maxSteps;
    @Option(names = "--threshold", defaultValue = "0.6", description = "Test accuracy that counts as learned (default ${DEFAULT-VALUE}).")
    double threshold;
    @Option(names = "--width", defaultValue = "8", description = "Hidden units (default ${DEFAULT-VALUE}).")
    int width;
    @Option(names = "--test-per-class", defaultValue = "500", description = "Test samples per class (default ${DEFAULT-VALUE}).")
    int testPerClass;
    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    ScalingSpec apply(ScalingSpec base, int[] sizes, double[] alphas) {
        ScalingSpec s = base.withSgd(SgdSpec.defaults().withWidth(width).withThreshold(threshold))
                .withTestPerClass(testPerClass).withSeed(seed);
        if (sizes != null) {
            s = s.withSizes(sizes);
        }
        if (alphas != null) {
            s = s.withAlphas(alphas);
        }
        if (seeds != null) {
            s = s.withSeeds(seeds);
        }
        if (eta != null) {
            s = s.withEta(eta);
        }
        if (lrPower != null) {
            s = s.withLrPower(lrPower);
        }
        if (maxSteps != null) {
            s = s.withMaxSteps(maxSteps);
        }
        return s;
    }
}
