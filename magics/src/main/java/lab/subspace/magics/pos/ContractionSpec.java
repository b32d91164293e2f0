package lab.subspace.magics.pos;

/**
 * Settings of the residual-contraction experiment ({@link Contraction#run}).
 *
 * @param ambient      dimension D
 * @param dims         dimension of each subspace
 * @param trainPoints  points per subspace the union is learned from
 * @param trainNoise   their noise sd
 * @param testPoints   points per subspace pushed through the layers
 * @param testNoise    their noise sd (the off-subspace energy to remove)
 * @param eta          residual step: each layer adds -eta (I - P_j) x
 * @param layers       depth
 * @param temperature  softmax temperature of the attention-like soft selection
 * @param seed         random seed
 */
public record ContractionSpec(int ambient, int[] dims, int trainPoints, double trainNoise, int testPoints, double testNoise, double eta,
        int layers, double temperature, long seed) {

    public ContractionSpec {
        dims = dims.clone();
        if (dims.length < 1 || ambient < 2) {
            throw new IllegalArgumentException("need at least one subspace in R^D, D >= 2, but got " + dims.length + " in R^" + ambient);
        }
        if (trainPoints < 10 || testPoints < 1) {
            throw new IllegalArgumentException("trainPoints must be at least 10 and testPoints at least 1 but are " + trainPoints
                    + " and " + testPoints);
        }
        if (!(trainNoise >= 0) || !(testNoise > 0) || Double.isInfinite(trainNoise) || Double.isInfinite(testNoise)) {
            throw new IllegalArgumentException("trainNoise must be >= 0 and testNoise > 0 (finite) but are " + trainNoise + " and "
                    + testNoise);
        }
        if (!(eta > 0 && eta < 1)) {
            throw new IllegalArgumentException("eta must be in (0, 1) for a geometric contraction but is " + eta);
        }
        if (layers < 3) {
            throw new IllegalArgumentException("layers must be at least 3 to fit a rate but is " + layers);
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive but is " + temperature);
        }
    }

    /** R^32, dimensions 2..5; learn from 200 points per subspace (noise 0.05), push 100 (noise 0.2) through 12 layers, eta 0.3, T 0.3. */
    public static ContractionSpec defaults() {
        return new ContractionSpec(32, new int[] {2, 3, 4, 5}, 200, 0.05, 100, 0.2, 0.3, 12, 0.3, 0);
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }
}
