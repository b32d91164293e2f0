package lab.subspace.numerics.nn;

/**
 * What every optimizer keeps besides its momenta: a validated learning rate that schedules may change,
 * and the step count that {@link #reset()} zeroes together with the state.
 */
abstract class AbstractOptimizer implements Optimizer {

    private double lr;
    private long steps;

    AbstractOptimizer(double lr) {
        setLearningRate(lr);
    }

    @Override
    public final double learningRate() {
        return lr;
    }

    @Override
    public final void setLearningRate(double lr) {
        OptimizerState.requireLearningRate(lr);
        this.lr = lr;
    }

    @Override
    public final long steps() {
        return steps;
    }

    @Override
    public final void reset() {
        clearState();
        steps = 0;
    }

    /** Counts one step; returns the count including it (Adam's bias correction needs it). */
    final long countStep() {
        return ++steps;
    }

    /** Forgets the momenta. */
    abstract void clearState();
}
