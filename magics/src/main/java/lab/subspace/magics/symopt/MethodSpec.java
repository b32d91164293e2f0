package lab.subspace.magics.symopt;

import java.util.Objects;

/**
 * One optimizer of a comparison and its learning-rate grid (the best rate on the grid is its
 * tuned rate).
 *
 * @param name          legend name
 * @param rules         which rule updates which block, for the table
 * @param learningRates grid of peak learning rates, each &gt; 0
 * @param factory       a fresh optimizer for a learning rate
 */
public record MethodSpec(String name, String rules, double[] learningRates, OptimizerFactory factory) {

    public MethodSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        if (learningRates.length == 0) {
            throw new IllegalArgumentException(name + ": the learning-rate grid is empty");
        }
        for (double lr : learningRates) {
            if (!(lr > 0) || Double.isInfinite(lr)) {
                throw new IllegalArgumentException(name + ": learning rates must be finite and > 0 but the grid has " + lr);
            }
        }
        learningRates = learningRates.clone();
    }

    @Override
    public double[] learningRates() {
        return learningRates.clone();
    }
}
