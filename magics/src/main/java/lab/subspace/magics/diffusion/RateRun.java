package lab.subspace.magics.diffusion;

/**
 * One run of the rate experiment: n training samples, n generated points, n fresh samples.
 *
 * @param curve          index of the curve
 * @param n              number of training (and generated, and fresh) samples
 * @param repetition     index of the repetition at this n (0-based)
 * @param t0             early-stopping time used
 * @param steps          reverse steps used
 * @param w1             W1(generated, fresh) by exact OT
 * @param w1TrainingSet  W1(training set, fresh): what a sampler that returns the training set would score
 * @param samplerSeconds CPU seconds of the score set-up and the sampler (thread time; wall time if unavailable)
 * @param otSeconds      CPU seconds of the two exact OT problems
 */
public record RateRun(int curve, int n, int repetition, double t0, int steps, double w1, double w1TrainingSet,
        double samplerSeconds, double otSeconds) {
}
