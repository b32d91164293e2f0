package lab.subspace.magics.pos;

/**
 * Settings of the synthetic anomaly experiment ({@link AnomalyDetection#run}).
 *
 * @param ambient     dimension D
 * @param dims        dimension of each subspace
 * @param trainPoints training (inlier) points per subspace
 * @param testPoints  held-out inliers per subspace
 * @param noise       noise sd of inliers
 * @param outliers    outliers of each kind (ambient, in-span)
 * @param seed        random seed
 */
public record AnomalySpec(int ambient, int[] dims, int trainPoints, int testPoints, double noise, int outliers, long seed) {

    public AnomalySpec {
        dims = dims.clone();
        if (dims.length < 2 || ambient < 2) {
            throw new IllegalArgumentException("in-span outliers need at least 2 subspaces in R^D, D >= 2, but got " + dims.length
                    + " in R^" + ambient);
        }
        if (trainPoints < 10 || testPoints < 1 || outliers < 1) {
            throw new IllegalArgumentException("trainPoints >= 10, testPoints >= 1 and outliers >= 1 are needed but got " + trainPoints
                    + ", " + testPoints + ", " + outliers);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0 but is " + noise);
        }
    }

    /** R^32, dimensions 2..5, 200 training and 100 test points per subspace (noise 0.05), 400 outliers of each kind. */
    public static AnomalySpec defaults() {
        return new AnomalySpec(32, new int[] {2, 3, 4, 5}, 200, 100, 0.05, 400, 0);
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }
}
