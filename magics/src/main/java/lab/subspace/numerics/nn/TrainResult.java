package lab.subspace.numerics.nn;

/**
 * What a {@link Trainer#fit} run did.
 *
 * @param loss         mean data loss per epoch run; not copied
 * @param penalty      mean activation penalty per epoch run (zeros without one); not copied
 * @param epochs       epochs run
 * @param steps        optimizer steps taken
 * @param stoppedEarly whether a listener stopped training
 * @param diverged     whether the loss became NaN or infinite (training stopped there)
 */
public record TrainResult(double[] loss, double[] penalty, int epochs, long steps, boolean stoppedEarly,
        boolean diverged) {

    /** Loss + penalty of the last epoch run (NaN if none ran). */
    public double finalLoss() {
        return epochs == 0 ? Double.NaN : loss[epochs - 1] + penalty[epochs - 1];
    }
}
