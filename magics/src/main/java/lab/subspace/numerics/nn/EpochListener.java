package lab.subspace.numerics.nn;

/** Called by {@link Trainer} after each epoch (e.g. to record test accuracy or stop early). */
@FunctionalInterface
public interface EpochListener {

    /**
     * @param epoch 0-based index of the epoch just finished
     * @param loss  its mean training loss (data loss + penalty)
     * @return false to stop training now
     */
    boolean afterEpoch(int epoch, double loss);
}
