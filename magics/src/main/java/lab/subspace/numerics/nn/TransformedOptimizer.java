package lab.subspace.numerics.nn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/** An optimizer that transforms gradients before delegating. */
final class TransformedOptimizer implements Optimizer {

    private final Optimizer inner;
    private final GradientTransform transform;

    TransformedOptimizer(Optimizer inner, GradientTransform transform) {
        this.inner = inner;
        this.transform = transform;
    }

    @Override
    public void step(List<DMatrixRMaj> params, List<DMatrixRMaj> grads) {
        OptimizerState.requireAligned(params, grads);
        for (int i = 0; i < grads.size(); i++) {
            transform.apply(i, params.get(i), grads.get(i));
        }
        inner.step(params, grads);
    }

    @Override
    public double learningRate() {
        return inner.learningRate();
    }

    @Override
    public void setLearningRate(double lr) {
        inner.setLearningRate(lr);
    }

    @Override
    public long steps() {
        return inner.steps();
    }

    @Override
    public void reset() {
        inner.reset();
    }
}
