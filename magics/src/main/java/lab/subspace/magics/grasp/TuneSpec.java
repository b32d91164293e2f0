package lab.subspace.magics.grasp;

/**
 * How {@link LoraTuning} fine-tunes: a LoRA adapter of the given rank on the first layer (the one
 * that reads the representation), trained by mini-batch SGD with heavy-ball momentum. Defaults
 * ({@link #defaults()}): rank 8, adapter init 0.2, 40 epochs of batches of 50, learning rate 0.01,
 * momentum 0.9.
 *
 * <p>SGD (not Adam) because a linear optimizer keeps projected gradients projected: with
 * G &lt;- G (I - V V^T) every step, and A started orthogonal to V, the update B A stays exactly
 * orthogonal to V. Adam's per-coordinate scaling would leak back into V.
 *
 * @param rank         LoRA rank r of the adapter B A
 * @param adapterInit  standard deviation of A's initial entries in units of 1/sqrt(d) (B starts at 0);
 *                     the update's row space starts as A's random one, so a small init lets the
 *                     learned directions dominate the weight update
 * @param epochs       passes over the fine-tuning data
 * @param batchSize    samples per SGD step
 * @param learningRate SGD step size
 * @param momentum     heavy-ball momentum in [0, 1)
 */
public record TuneSpec(int rank, double adapterInit, int epochs, int batchSize, double learningRate, double momentum) {

    /**
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public TuneSpec {
        if (rank < 1) {
            throw new IllegalArgumentException("the LoRA rank must be at least 1 but is " + rank);
        }
        WorldSpec.requirePositive("the adapter init", adapterInit);
        if (epochs < 1) {
            throw new IllegalArgumentException("fine-tuning needs at least one epoch but epochs = " + epochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be positive but is " + batchSize);
        }
        WorldSpec.requirePositive("the learning rate", learningRate);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("the momentum must be in [0, 1) but is " + momentum);
        }
    }

    public static TuneSpec defaults() {
        return new TuneSpec(8, 0.2, 40, 50, 0.01, 0.9);
    }

    public TuneSpec withEpochs(int newEpochs) {
        return new TuneSpec(rank, adapterInit, newEpochs, batchSize, learningRate, momentum);
    }
}
