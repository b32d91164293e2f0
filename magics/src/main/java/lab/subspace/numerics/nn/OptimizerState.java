package lab.subspace.numerics.nn;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

/** Per-parameter state buffers shared by the optimizers, with the alignment checks. */
final class OptimizerState {

    private final List<DMatrixRMaj> buffers = new ArrayList<>();

    private OptimizerState() {
    }

    static OptimizerState create() {
        return new OptimizerState();
    }

    /** Buffers shaped like params (zeros on first use); throws if the parameter list changed. */
    List<DMatrixRMaj> buffersFor(List<DMatrixRMaj> params) {
        if (buffers.isEmpty()) {
            for (DMatrixRMaj p : params) {
                buffers.add(new DMatrixRMaj(p.numRows, p.numCols));
            }
        } else if (buffers.size() != params.size()) {
            throw new IllegalArgumentException("the optimizer was used with " + buffers.size() + " parameters and now gets "
                    + params.size() + "; call reset() after changing which parameters train");
        } else {
            for (int i = 0; i < params.size(); i++) {
                DMatrixRMaj b = buffers.get(i);
                DMatrixRMaj p = params.get(i);
                if (b.numRows != p.numRows || b.numCols != p.numCols) {
                    throw new IllegalArgumentException("parameter " + i + " is " + p.numRows + " x " + p.numCols
                            + " but the optimizer state is " + b.numRows + " x " + b.numCols + "; call reset()");
                }
            }
        }
        return buffers;
    }

    void clear() {
        buffers.clear();
    }

    static void requireAligned(List<DMatrixRMaj> params, List<DMatrixRMaj> grads) {
        if (params.size() != grads.size()) {
            throw new IllegalArgumentException(params.size() + " parameters but " + grads.size() + " gradients");
        }
        for (int i = 0; i < params.size(); i++) {
            DMatrixRMaj p = params.get(i);
            DMatrixRMaj g = grads.get(i);
            if (p.numRows != g.numRows || p.numCols != g.numCols) {
                throw new IllegalArgumentException("parameter " + i + " is " + p.numRows + " x " + p.numCols
                        + " but its gradient is " + g.numRows + " x " + g.numCols);
            }
        }
    }

    static void requireLearningRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0 but is " + lr);
        }
    }

    static void requireWeightDecay(double weightDecay) {
        if (!(weightDecay >= 0)) {
            throw new IllegalArgumentException("weight decay must be >= 0 but is " + weightDecay);
        }
    }
}
