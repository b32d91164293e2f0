package lab.subspace.numerics.nn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;

/** SGD with (heavy-ball) momentum v &lt;- mu v + g + wd p, p &lt;- p - lr v, as in PyTorch. */
final class Sgd extends AbstractOptimizer {

    private final double momentum;
    private final double weightDecay;
    private final OptimizerState velocity = OptimizerState.create();

    Sgd(double lr, double momentum, double weightDecay) {
        super(lr);
        if (!(momentum >= 0 && momentum < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1) but is " + momentum);
        }
        OptimizerState.requireWeightDecay(weightDecay);
        this.momentum = momentum;
        this.weightDecay = weightDecay;
    }

    @Override
    public void step(List<DMatrixRMaj> params, List<DMatrixRMaj> grads) {
        OptimizerState.requireAligned(params, grads);
        List<DMatrixRMaj> vs = momentum > 0 ? velocity.buffersFor(params) : null;
        double lr = learningRate();
        for (int i = 0; i < params.size(); i++) {
            Interrupts.check();
            double[] p = params.get(i).data;
            double[] g = grads.get(i).data;
            int n = params.get(i).getNumElements();
            if (vs == null) {
                for (int k = 0; k < n; k++) {
                    p[k] -= lr * (g[k] + weightDecay * p[k]);
                }
            } else {
                double[] v = vs.get(i).data;
                for (int k = 0; k < n; k++) {
                    v[k] = momentum * v[k] + g[k] + weightDecay * p[k];
                    p[k] -= lr * v[k];
                }
            }
        }
        countStep();
    }

    @Override
    void clearState() {
        velocity.clear();
    }
}
