package lab.subspace.magics.symopt;

import java.util.List;
import java.util.Objects;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.nn.Optimizer;

/**
 * Two optimizers side by side: the first {@code split} parameters are stepped by {@code head},
 * the rest by {@code tail}. It isolates one block's rule in an ablation, e.g. an AdamW router
 * next to Muon experts, against a matched router rule next to the same Muon experts ("Symmetry-
 * Compatible Principle for Optimizer Design"). Learning-rate schedules scale both rates by the
 * same factor, so their ratio stays as built.
 *
 * <pre>{@code
 * Optimizer opt = SplitOptimizer.of(1, Optimizers.adamW(0.02, 0), LayerwiseOptimizer.of(0.02, 0, UpdateRules.muon()));
 * }</pre>
 */
public final class SplitOptimizer implements Optimizer {

    private final int split;
    private final Optimizer head;
    private final Optimizer tail;

    private SplitOptimizer(int split, Optimizer head, Optimizer tail) {
        this.split = split;
        this.head = head;
        this.tail = tail;
    }

    /**
     * @param split parameters [0, split) go to {@code head}, the others to {@code tail}; &gt;= 1
     * @param head  its learning rate is this optimizer's learning rate
     * @param tail  the remaining parameters
     */
    public static SplitOptimizer of(int split, Optimizer head, Optimizer tail) {
        if (split < 1) {
            throw new IllegalArgumentException("split must be >= 1 but is " + split);
        }
        return new SplitOptimizer(split, Objects.requireNonNull(head, "head"), Objects.requireNonNull(tail, "tail"));
    }

    @Override
    public void step(List<DMatrixRMaj> params, List<DMatrixRMaj> grads) {
        if (params.size() != grads.size()) {
            throw new IllegalArgumentException(params.size() + " parameters but " + grads.size() + " gradients");
        }
        if (params.size() <= split) {
            throw new IllegalArgumentException("the split at " + split + " needs more than " + split + " parameters but got " + params.size());
        }
        head.step(params.subList(0, split), grads.subList(0, split));
        tail.step(params.subList(split, params.size()), grads.subList(split, grads.size()));
    }

    @Override
    public double learningRate() {
        return head.learningRate();
    }

    @Override
    public void setLearningRate(double lr) {
        double ratio = tail.learningRate() / head.learningRate();
        head.setLearningRate(lr);
        tail.setLearningRate(lr * ratio);
    }

    @Override
    public long steps() {
        return head.steps();
    }

    @Override
    public void reset() {
        head.reset();
        tail.reset();
    }
}
