package lab.subspace.magics.symopt;

import picocli.CommandLine.Option;

/**
 * The training-schedule options that {@code %symopt bigram} and {@code %symopt router} share (a picocli mixin);
 * each command passes its own spec's defaults.
 */
final class TrainingOptions {

    @Option(names = "--steps", description = "Optimizer steps, linear learning-rate decay to 0 (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--eval-every", description = "Evaluate every this many steps (default ${DEFAULT-VALUE}).")
    int evalEvery;

    @Option(names = "--weight-decay", description = "Decoupled weight decay of every method (default ${DEFAULT-VALUE}).")
    double weightDecay;

    @Option(names = "--seeds", description = "Training seeds averaged (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--seed", description = "First random seed (default ${DEFAULT-VALUE}).")
    long seed;

    TrainingOptions(int steps, int evalEvery, double weightDecay, int seeds, long seed) {
        this.steps = steps;
        this.evalEvery = evalEvery;
        this.weightDecay = weightDecay;
        this.seeds = seeds;
        this.seed = seed;
    }
}
