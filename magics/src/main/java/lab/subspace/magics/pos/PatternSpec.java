package lab.subspace.magics.pos;

/**
 * Settings of the angular-selector experiment ({@link AngularSelector#run}).
 *
 * @param ambient     dimension D of the data
 * @param dims        dimension of each subspace
 * @param perSubspace training points per subspace (as many held-out points)
 * @param noise       isotropic noise sd added to the points
 * @param normalize   put the points on the unit sphere first (as a normalisation layer does)
 * @param hidden      ReLU units in the hidden layer
 * @param epochs      full-batch Adam epochs
 * @param learningRate Adam learning rate
 * @param sparsity    weight of the L1 penalty on hidden activations of the sparse network
 * @param seed        random seed (subspaces, points, initial weights)
 */
public record PatternSpec(int ambient, int[] dims, int perSubspace, double noise, boolean normalize, int hidden, int epochs,
        double learningRate, double sparsity, long seed) {

    public PatternSpec {
        dims = dims.clone();
        if (ambient < 2) {
            throw new IllegalArgumentException("ambient dimension must be at least 2 but is " + ambient);
        }
        if (dims.length < 2) {
            throw new IllegalArgumentException("the experiment needs at least 2 subspaces but dims has " + dims.length);
        }
        if (perSubspace < 4) {
            throw new IllegalArgumentException("perSubspace must be at least 4 but is " + perSubspace);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0 but is " + noise);
        }
        if (hidden < 1 || epochs < 1) {
            throw new IllegalArgumentException("hidden and epochs must be at least 1 but are " + hidden + " and " + epochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate must be positive but is " + learningRate);
        }
        if (!(sparsity > 0) || Double.isInfinite(sparsity)) {
            throw new IllegalArgumentException("sparsity must be positive (the dense network is trained alongside) but is " + sparsity);
        }
    }

    /** R^32, subspaces of dimensions 2..5, 200 points each, 64 units, 400 epochs, L1 weight 0.03. */
    public static PatternSpec defaults() {
        return new PatternSpec(32, new int[] {2, 3, 4, 5}, 200, 0.05, true, 64, 400, 0.01, 0.03, 0);
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }
}
