package lab.subspace.magics.grasp;

import picocli.CommandLine.Option;

/** The synthetic-experiment options shared by {@code %grasp run} and {@code %grasp sweep}. */
public final class SpecOptions {

    private static final GraspSpec DEFAULTS = GraspSpec.defaults();

    @Option(names = "--dim", description = "Representation dimension d (default ${DEFAULT-VALUE}).")
    int dimension = DEFAULTS.world().dimension();

    @Option(names = "--classes", description = "Number of classes K, even (default ${DEFAULT-VALUE}).")
    int classes = DEFAULTS.world().classes();

    @Option(names = "--nuisance", description = "Latent factors that carry no label (default ${DEFAULT-VALUE}).")
    int nuisance = DEFAULTS.world().nuisance();

    @Option(names = "--separation", description = "Class separation r in latent units (default ${DEFAULT-VALUE}).")
    double separation = DEFAULTS.world().separation();

    @Option(names = "--task-shift", description = "Angle in radians by which fine-tuning turns the class directions (default ${DEFAULT-VALUE}).")
    double taskShift = DEFAULTS.world().taskShift();

    @Option(names = "--spurious-mean", description = "|mean| of the spurious factor s in fine-tuning data (default ${DEFAULT-VALUE}).")
    double spuriousMean = DEFAULTS.world().spuriousMean();

    @Option(names = "--spurious-spread", description = "Standard deviation of s around its mean (default ${DEFAULT-VALUE}).")
    double spuriousSpread = DEFAULTS.world().spuriousSpread();

    @Option(names = "--noise", description = "Representation noise standard deviation (default ${DEFAULT-VALUE}).")
    double noise = DEFAULTS.world().noise();

    @Option(names = "--hidden", description = "Hidden units of the pretrained MLP (default ${DEFAULT-VALUE}).")
    int hidden = DEFAULTS.hidden();

    @Option(names = "--rank", description = "LoRA rank r (default ${DEFAULT-VALUE}).")
    int rank = DEFAULTS.tune().rank();

    @Option(names = "--adapter-init", description = "Std of LoRA A's initial entries, in units of 1/sqrt(d) (default ${DEFAULT-VALUE}).")
    double adapterInit = DEFAULTS.tune().adapterInit();

    @Option(names = "--epochs", description = "Fine-tuning epochs (default ${DEFAULT-VALUE}).")
    int epochs = DEFAULTS.tune().epochs();

    @Option(names = "--batch", description = "Fine-tuning batch size (default ${DEFAULT-VALUE}).")
    int batch = DEFAULTS.tune().batchSize();

    @Option(names = "--lr", description = "Fine-tuning SGD learning rate (default ${DEFAULT-VALUE}).")
    double learningRate = DEFAULTS.tune().learningRate();

    @Option(names = "--momentum", description = "SGD momentum (default ${DEFAULT-VALUE}).")
    double momentum = DEFAULTS.tune().momentum();

    @Option(names = "--pretrain", description = "Pretraining samples (default ${DEFAULT-VALUE}).")
    int pretrainSize = DEFAULTS.pretrainSize();

    @Option(names = "--pretrain-epochs", description = "Pretraining epochs (default ${DEFAULT-VALUE}).")
    int pretrainEpochs = DEFAULTS.pretrainEpochs();

    @Option(names = "--train", description = "Fine-tuning samples (default ${DEFAULT-VALUE}).")
    int trainSize = DEFAULTS.trainSize();

    @Option(names = "--test", description = "Samples per test set (default ${DEFAULT-VALUE}).")
    int testSize = DEFAULTS.testSize();

    @Option(names = "--directions", description = "Identified directions removed by GRASP and ablation (default ${DEFAULT-VALUE}).")
    int directions = DEFAULTS.directions();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    /** The settings at the given agreement. */
    GraspSpec spec(double agreement) {
        WorldSpec world = new WorldSpec(dimension, classes, nuisance, separation, taskShift, spuriousMean, spuriousSpread, noise);
        TuneSpec tune = new TuneSpec(rank, adapterInit, epochs, batch, learningRate, momentum);
        return new GraspSpec(world, tune, hidden, pretrainSize, pretrainEpochs, trainSize, testSize, agreement, directions, seed);
    }
}
