package lab.subspace.numerics.nn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * Updates parameter matrices in place from their gradients. Built by {@link Optimizers}.
 *
 * <p>State (momenta) is kept per list position: pass the same parameters in the same order at
 * every step, and call {@link #reset()} after changing which parameters train.
 *
 * <pre>{@code
 * Optimizer opt = Optimizers.adamW(1e-3, 0.01);
 * opt.step(net.parameters(), grads.list());
 * }</pre>
 */
public interface Optimizer {

    /**
     * One update. Gradients may be modified (by a gradient transform); parameters are updated
     * in place.
     *
     * @throws IllegalArgumentException when the lists differ in length or shapes, or no longer
     *                                  match the optimizer's state
     */
    void step(List<DMatrixRMaj> params, List<DMatrixRMaj> grads);

    double learningRate();

    /** Sets the learning rate for the next steps (for schedules). */
    void setLearningRate(double lr);

    /** Number of steps taken since creation or the last reset. */
    long steps();

    /** Forgets all state (momenta, step count). */
    void reset();

    /** This optimizer, with {@code transform} applied to every gradient before each step. */
    default Optimizer withGradientTransform(GradientTransform transform) {
        return new TransformedOptimizer(this, transform);
    }
}
