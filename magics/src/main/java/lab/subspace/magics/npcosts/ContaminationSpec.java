package lab.subspace.magics.npcosts;

/**
 * Settings of the label-contamination experiment ({@link LabelContamination#run}).
 *
 * @param lengthscale  SE kernel lengthscale on the unit circle (dx = 1)
 * @param noise        observation noise standard deviation
 * @param sizes        context sizes n at which the heads are evaluated (training covers their range)
 * @param pool         training tasks
 * @param steps        Adam steps per model
 * @param batch        tasks per step
 * @param width        pooled representation size per path
 * @param hidden       hidden units per network
 * @param learningRate Adam learning rate
 * @param locations    evaluation context-location sets per n
 * @param functions    GP function draws per location set
 * @param noises       noise draws per function
 * @param targets      targets per task
 * @param seed         random seed
 */
public record ContaminationSpec(double lengthscale, double noise, int[] sizes, int pool, int steps, int batch, int width, int hidden,
        double learningRate, int locations, int functions, int noises, int targets, long seed) {

    public ContaminationSpec {
        if (!(noise > 0) || !(lengthscale > 0)) {
            throw new IllegalArgumentException("noise and lengthscale must be > 0 but are " + noise + ", " + lengthscale);
        }
        sizes = sizes.clone();
        if (sizes.length < 2) {
            throw new IllegalArgumentException("need at least 2 context sizes to fit a rate but got " + sizes.length);
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1 || (i > 0 && sizes[i] <= sizes[i - 1])) {
                throw new IllegalArgumentException("context sizes must be increasing and >= 1 but are " + java.util.Arrays.toString(sizes));
            }
        }
        if (pool < 1 || steps < 0 || batch < 1 || width < 1 || hidden < 1 || targets < 1) {
            throw new IllegalArgumentException("pool, batch, width, hidden and targets must be >= 1 and steps >= 0");
        }
        if (locations < 1 || functions < 2 || noises < 2) {
            throw new IllegalArgumentException("need >= 1 location set, >= 2 functions and >= 2 noise draws to split the variance but got "
                    + locations + ", " + functions + ", " + noises);
        }
    }

    /** The notebook's settings. */
    public static ContaminationSpec defaults() {
        return new ContaminationSpec(0.2, 0.2, new int[] {4, 8, 16, 32, 64}, 512, 400, 16, 16, 32, 1e-2, 12, 6, 6, 8, 3);
    }

    /** The same settings with another seed. */
    public ContaminationSpec withSeed(long newSeed) {
        return new ContaminationSpec(lengthscale, noise, sizes, pool, steps, batch, width, hidden, learningRate, locations, functions,
                noises, targets, newSeed);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}
