package lab.subspace.magics.symopt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.nn.Optimizer;

/**
 * The layerwise optimizer stack of "Symmetry-Compatible Principle for Optimizer Design": every
 * parameter matrix gets its own {@link UpdateRule}, applied to an EMA momentum, with decoupled
 * weight decay:
 * <pre>
 *   M &lt;- b M + (1 - b) G          (b = 0.95)
 *   W &lt;- (1 - lr wd) W - lr U(M)
 * </pre>
 * It implements the shared {@link Optimizer} interface, so it trains the same models as
 * {@code Optimizers.adamW} (and works with learning-rate schedules and gradient transforms).
 *
 * <pre>{@code
 * Optimizer opt = LayerwiseOptimizer.builder(0.05)
 *         .rule(UpdateRules.muon())                 // default for every parameter
 *         .rule(0, UpdateRules.rowNorm())           // parameter 0: the embedding
 *         .weightDecay(0.01).build();
 * opt.step(params, grads);
 * }</pre>
 */
public final class LayerwiseOptimizer implements Optimizer {

    /** The official code's EMA momentum coefficient. */
    public static final double DEFAULT_MOMENTUM = 0.95;

    private double lr;
    private final double momentum;
    private final double weightDecay;
    private final UpdateRule defaultRule;
    private final Map<Integer, UpdateRule> rules;
    private final List<DMatrixRMaj> buffers = new ArrayList<>();
    private long steps;

    private LayerwiseOptimizer(Builder b) {
        this.lr = b.lr;
        this.momentum = b.momentum;
        this.weightDecay = b.weightDecay;
        this.defaultRule = b.defaultRule;
        this.rules = Map.copyOf(b.rules);
    }

    /** A builder with momentum {@value #DEFAULT_MOMENTUM}, no weight decay and the identity rule. */
    public static Builder builder(double lr) {
        return new Builder(lr);
    }

    /** One rule for every parameter, momentum 0.95, weight decay {@code weightDecay}. */
    public static LayerwiseOptimizer of(double lr, double weightDecay, UpdateRule rule) {
        return builder(lr).weightDecay(weightDecay).rule(rule).build();
    }

    /** The rule used for parameter {@code index}. */
    public UpdateRule rule(int index) {
        return rules.getOrDefault(index, defaultRule);
    }

    public double momentum() {
        return momentum;
    }

    public double weightDecay() {
        return weightDecay;
    }

    @Override
    public void step(List<DMatrixRMaj> params, List<DMatrixRMaj> grads) {
        if (params.size() != grads.size()) {
            throw new IllegalArgumentException(params.size() + " parameters but " + grads.size() + " gradients");
        }
        if (buffers.isEmpty()) {
            for (DMatrixRMaj p : params) {
                buffers.add(new DMatrixRMaj(p.numRows, p.numCols));
            }
        } else if (buffers.size() != params.size()) {
            throw new IllegalArgumentException("the optimizer was used with " + buffers.size() + " parameters and now gets "
                    + params.size() + "; call reset() after changing which parameters train");
        }
        for (int i = 0; i < params.size(); i++) {
            requireShape("gradient " + i, grads.get(i), params.get(i), "parameter " + i);
            requireShape("parameter " + i, params.get(i), buffers.get(i), "its momentum (call reset())");
        }
        steps++;
        double decay = 1 - lr * weightDecay;
        for (int i = 0; i < params.size(); i++) {
            Interrupts.check();
            DMatrixRMaj m = buffers.get(i);
            double[] g = grads.get(i).data;
            int n = m.getNumElements();
            for (int k = 0; k < n; k++) {
                m.data[k] = momentum * m.data[k] + (1 - momentum) * g[k];
            }
            DMatrixRMaj u = rule(i).apply(m);
            requireShape("the update rule's output for parameter " + i, u, m, "its momentum");
            double[] p = params.get(i).data;
            for (int k = 0; k < n; k++) {
                if (!Double.isFinite(u.data[k])) {
                    throw new IllegalArgumentException("the update rule for parameter " + i + " returned " + u.data[k]
                            + " at index " + k);
                }
                p[k] = p[k] * decay - lr * u.data[k];
            }
        }
    }

    private static void requireShape(String name, DMatrixRMaj a, DMatrixRMaj like, String likeName) {
        if (a.numRows != like.numRows || a.numCols != like.numCols) {
            throw new IllegalArgumentException(name + " is " + a.numRows + " x " + a.numCols + " but " + likeName + " is "
                    + like.numRows + " x " + like.numCols);
        }
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public void setLearningRate(double lr) {
        requireLearningRate(lr);
        this.lr = lr;
    }

    @Override
    public long steps() {
        return steps;
    }

    @Override
    public void reset() {
        buffers.clear();
        steps = 0;
    }

    private static void requireLearningRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be finite and > 0 but is " + lr);
        }
    }

    /** Settings of a {@link LayerwiseOptimizer}. */
    public static final class Builder {
        private final double lr;
        private double momentum = DEFAULT_MOMENTUM;
        private double weightDecay;
        private UpdateRule defaultRule = UpdateRules.identity();
        private final Map<Integer, UpdateRule> rules = new TreeMap<>();

        private Builder(double lr) {
            requireLearningRate(lr);
            this.lr = lr;
        }

        /** EMA coefficient b in [0, 1) (0: the rule sees the raw gradient). */
        public Builder momentum(double b) {
            if (!(b >= 0 && b < 1)) {
                throw new IllegalArgumentException("momentum must be in [0, 1) but is " + b);
            }
            this.momentum = b;
            return this;
        }

        /** Decoupled weight decay wd &gt;= 0: W &lt;- (1 - lr wd) W before the update. */
        public Builder weightDecay(double wd) {
            if (!(wd >= 0) || Double.isInfinite(wd)) {
                throw new IllegalArgumentException("weight decay must be finite and >= 0 but is " + wd);
            }
            this.weightDecay = wd;
            return this;
        }

        /** The rule for every parameter without its own. */
        public Builder rule(UpdateRule rule) {
            this.defaultRule = java.util.Objects.requireNonNull(rule, "rule");
            return this;
        }

        /** The rule for parameter {@code index} (its position in the lists passed to step). */
        public Builder rule(int index, UpdateRule rule) {
            if (index < 0) {
                throw new IllegalArgumentException("parameter index must be >= 0 but is " + index);
            }
            rules.put(index, java.util.Objects.requireNonNull(rule, "rule"));
            return this;
        }

        public LayerwiseOptimizer build() {
            return new LayerwiseOptimizer(this);
        }
    }
}
