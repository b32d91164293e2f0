package lab.subspace.numerics.nn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;

/**
 * Adam (Kingma and Ba, arXiv:1412.6980) with bias correction; with a weight decay it is AdamW
 * (Loshchilov and Hutter, arXiv:1711.05101): p &lt;- p (1 - lr wd) before the Adam update.
 */
final class Adam extends AbstractOptimizer {

    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final OptimizerState first = OptimizerState.create();
    private final OptimizerState second = OptimizerState.create();

    Adam(double lr, double beta1, double beta2, double eps, double weightDecay) {
        super(lr);
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("betas must be in [0, 1) but are " + beta1 + ", " + beta2);
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be > 0 but is " + eps);
        }
        OptimizerState.requireWeightDecay(weightDecay);
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
    }

    @Override
    public void step(List<DMatrixRMaj> params, List<DMatrixRMaj> grads) {
        OptimizerState.requireAligned(params, grads);
        List<DMatrixRMaj> ms = first.buffersFor(params);
        List<DMatrixRMaj> vs = second.buffersFor(params);
        long t = countStep();
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        double lr = learningRate();
        double decay = 1 - lr * weightDecay;
        for (int i = 0; i < params.size(); i++) {
            Interrupts.check();
            double[] p = params.get(i).data;
            double[] g = grads.get(i).data;
            double[] m = ms.get(i).data;
            double[] v = vs.get(i).data;
            int n = params.get(i).getNumElements();
            for (int k = 0; k < n; k++) {
                m[k] = beta1 * m[k] + (1 - beta1) * g[k];
                v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k];
                p[k] = p[k] * decay - lr * (m[k] / c1) / (Math.sqrt(v[k] / c2) + eps);
            }
        }
    }

    @Override
    void clearState() {
        first.clear();
        second.clear();
    }
}
