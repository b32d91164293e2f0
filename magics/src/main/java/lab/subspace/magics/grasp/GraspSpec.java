package lab.subspace.magics.grasp;

/**
 * Settings of {@link GraspExperiment} and {@link StrengthSweep}. Defaults ({@link #defaults()}):
 * {@link WorldSpec#defaults()}, {@link TuneSpec#defaults()}, 48 hidden units, 3000 pretraining
 * samples for 30 epochs, 1000 fine-tuning samples, 2000 test samples per test set, agreement 0.9,
 * one identified direction, seed 0.
 *
 * @param world          the synthetic world
 * @param tune           the LoRA fine-tuning
 * @param hidden         hidden units of the pretrained network d -&gt; hidden (ReLU) -&gt; K + 1
 * @param pretrainSize   pretraining samples
 * @param pretrainEpochs pretraining epochs (Adam, batches of 100)
 * @param trainSize      fine-tuning samples
 * @param testSize       samples of each test set (in distribution, OOD, second task)
 * @param agreement      probability that the sign of s agrees with the class's group in the fine-tuning data
 * @param directions     number of identified directions k that GRASP and ablation remove
 * @param seed           random seed
 */
public record GraspSpec(WorldSpec world, TuneSpec tune, int hidden, int pretrainSize, int pretrainEpochs, int trainSize,
        int testSize, double agreement, int directions, long seed) {

    /**
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public GraspSpec {
        if (world == null || tune == null) {
            throw new IllegalArgumentException("the world and the fine-tuning settings are required");
        }
        if (hidden < 1) {
            throw new IllegalArgumentException("the network needs at least one hidden unit but hidden = " + hidden);
        }
        if (tune.rank() > Math.min(hidden, world.dimension())) {
            throw new IllegalArgumentException("the LoRA rank " + tune.rank() + " exceeds min(hidden, d) = "
                    + Math.min(hidden, world.dimension()));
        }
        if (pretrainSize < 1 || trainSize < 1 || testSize < 1) {
            throw new IllegalArgumentException("sample sizes must be positive but pretraining, fine-tuning and test sizes are "
                    + pretrainSize + ", " + trainSize + ", " + testSize);
        }
        if (pretrainEpochs < 1) {
            throw new IllegalArgumentException("pretraining needs at least one epoch but pretrainEpochs = " + pretrainEpochs);
        }
        if (!(agreement >= 0 && agreement <= 1)) {
            throw new IllegalArgumentException("the agreement must be a probability in [0, 1] but is " + agreement);
        }
        if (directions < 1 || directions > tune.rank()) {
            throw new IllegalArgumentException("the number of identified directions must be in [1, LoRA rank " + tune.rank()
                    + "] but is " + directions);
        }
    }

    public static GraspSpec defaults() {
        return new GraspSpec(WorldSpec.defaults(), TuneSpec.defaults(), 48, 3000, 30, 1000, 2000, 0.9, 1, 0);
    }

    public GraspSpec withAgreement(double newAgreement) {
        return new GraspSpec(world, tune, hidden, pretrainSize, pretrainEpochs, trainSize, testSize, newAgreement, directions, seed);
    }

    public GraspSpec withSeed(long newSeed) {
        return new GraspSpec(world, tune, hidden, pretrainSize, pretrainEpochs, trainSize, testSize, agreement, directions, newSeed);
    }

    public GraspSpec withSizes(int newPretrainSize, int newTrainSize, int newTestSize) {
        return new GraspSpec(world, tune, hidden, newPretrainSize, pretrainEpochs, newTrainSize, newTestSize, agreement, directions,
                seed);
    }

    public GraspSpec withTune(TuneSpec newTune) {
        return new GraspSpec(world, newTune, hidden, pretrainSize, pretrainEpochs, trainSize, testSize, agreement, directions, seed);
    }
}
