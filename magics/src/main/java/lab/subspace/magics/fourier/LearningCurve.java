package lab.subspace.magics.fourier;

/**
 * Test accuracy during online SGD, at the evaluation steps.
 *
 * @param steps              steps taken at each evaluation
 * @param accuracy           accuracy on the test set
 * @param amplitudeAccuracy  accuracy on its phase-scrambled view (NaN when not measured)
 * @param phaseAccuracy      accuracy on its amplitude-equalised view (NaN when not measured)
 * @param threshold          accuracy that counts as learned
 * @param stepsToThreshold   first evaluation step with accuracy > threshold, or -1 if never
 *                           (training stops there when asked to)
 */
public record LearningCurve(long[] steps, double[] accuracy, double[] amplitudeAccuracy, double[] phaseAccuracy,
        double threshold, long stepsToThreshold) {

    /** Whether the accuracy passed the threshold within the step budget. */
    public boolean learned() {
        return stepsToThreshold >= 0;
    }

    /** First evaluation step at which {@code series} exceeds {@code level}, or -1. */
    public long crossing(double[] series, double level) {
        for (int i = 0; i < series.length; i++) {
            if (series[i] > level) {
                return steps[i];
            }
        }
        return -1;
    }

    /** Steps at which the amplitude-only accuracy first exceeds {@code level}, or -1. */
    public long amplitudeCrossing(double level) {
        return crossing(amplitudeAccuracy, level);
    }

    /** Steps at which the phase-only accuracy first exceeds {@code level}, or -1. */
    public long phaseCrossing(double level) {
        return crossing(phaseAccuracy, level);
    }

    /** The last measured accuracy. */
    public double finalAccuracy() {
        return accuracy.length == 0 ? Double.NaN : accuracy[accuracy.length - 1];
    }
}
