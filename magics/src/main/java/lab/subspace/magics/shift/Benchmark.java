package lab.subspace.magics.shift;

/**
 * A synthetic comparison with known ground truth.
 *
 * @param scenario         which benchmark
 * @param data             reference and test sets
 * @param plantedFeatures  column indices of the features that carry the shift (empty for the null)
 * @param plantedPoints    indices of the test points added by a localised shift (empty otherwise)
 */
public record Benchmark(Scenario scenario, ShiftData data, int[] plantedFeatures, int[] plantedPoints) {
}
