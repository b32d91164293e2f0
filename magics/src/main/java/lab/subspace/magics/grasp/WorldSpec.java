package lab.subspace.magics.grasp;

/**
 * The synthetic world of {@link LatentWorld}: representations x = U z + noise in R^d built from
 * latent factors z = (class factors, shift factors, spurious factor s, nuisance factors).
 * Defaults ({@link #defaults()}): d = 32, K = 4 classes, 3 nuisance factors, class separation 2,
 * task shift 0.3 rad, spurious factor +-0.5 with spread 0.25, representation noise 0.1.
 *
 * @param dimension  d, the representation ("residual stream") dimension; needs 2K + 1 + nuisance &lt;= d
 * @param classes    K, an even number of classes; the first half form the group the spurious factor marks
 * @param nuisance   latent factors that carry no label
 * @param separation distance r of each class mean from the origin, in latent units (noise 1 per factor)
 * @param taskShift  angle (radians) by which the fine-tuning task turns each class direction away from
 *                   the pretraining one, into its own shift factor: how much new the task is
 * @param spuriousMean   |mean| of the spurious factor s in fine-tuning data (its sign marks the group)
 * @param spuriousSpread standard deviation of s around that mean
 * @param noise      standard deviation of the isotropic noise added to x in all d coordinates
 */
public record WorldSpec(int dimension, int classes, int nuisance, double separation, double taskShift, double spuriousMean,
        double spuriousSpread, double noise) {

    /**
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public WorldSpec {
        if (classes < 2 || classes % 2 != 0) {
            throw new IllegalArgumentException("the number of classes K must be even and at least 2 (half of them form the group "
                    + "the spurious factor marks) but is " + classes);
        }
        if (nuisance < 0) {
            throw new IllegalArgumentException("the number of nuisance factors must be >= 0 but is " + nuisance);
        }
        if (latentCount(classes, nuisance) > dimension) {
            throw new IllegalArgumentException("2K + 1 + nuisance = " + latentCount(classes, nuisance) + " latent factors need d >= "
                    + latentCount(classes, nuisance) + " but d = " + dimension);
        }
        requirePositive("the class separation", separation);
        if (!(taskShift >= 0 && taskShift <= Math.PI / 2)) {
            throw new IllegalArgumentException("the task shift must be an angle in [0, pi/2] radians but is " + taskShift);
        }
        requirePositive("the spurious factor's mean", spuriousMean);
        requireNonNegative("the spurious factor's spread", spuriousSpread);
        requireNonNegative("the representation noise", noise);
    }

    public static WorldSpec defaults() {
        return new WorldSpec(32, 4, 3, 2.0, 0.3, 0.5, 0.25, 0.1);
    }

    /** Number of latent factors 2K + 1 + nuisance. */
    public int latents() {
        return latentCount(classes, nuisance);
    }

    /** Index of the spurious factor s among the latent factors. */
    public int spuriousIndex() {
        return 2 * classes;
    }

    private static int latentCount(int classes, int nuisance) {
        return 2 * classes + 1 + nuisance;
    }

    static void requirePositive(String what, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be positive and finite but is " + value);
        }
    }

    static void requireNonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0 but is " + value);
        }
    }
}
