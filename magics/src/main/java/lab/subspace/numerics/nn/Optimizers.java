package lab.subspace.numerics.nn;

/**
 * Factory for the optimizers; all work on lists of EJML matrices, so they also train models
 * that are not an {@link Mlp} (e.g. a bigram table).
 *
 * <pre>{@code
 * Optimizer sgd = Optimizers.sgd(0.1, 0.9);
 * Optimizer adam = Optimizers.adam(1e-3);
 * Optimizer adamW = Optimizers.adamW(1e-3, 0.01);
 * }</pre>
 */
public final class Optimizers {

    private Optimizers() {
    }

    /** Plain SGD: p &lt;- p - lr g. */
    public static Optimizer sgd(double lr) {
        return new Sgd(lr, 0, 0);
    }

    /** SGD with heavy-ball momentum. */
    public static Optimizer sgd(double lr, double momentum) {
        return new Sgd(lr, momentum, 0);
    }

    /** SGD with momentum and L2 weight decay added to the gradient. */
    public static Optimizer sgd(double lr, double momentum, double weightDecay) {
        return new Sgd(lr, momentum, weightDecay);
    }

    /** Adam with betas (0.9, 0.999) and eps 1e-8. */
    public static Optimizer adam(double lr) {
        return new Adam(lr, 0.9, 0.999, 1e-8, 0);
    }

    /** Adam with explicit hyper-parameters. */
    public static Optimizer adam(double lr, double beta1, double beta2, double eps) {
        return new Adam(lr, beta1, beta2, eps, 0);
    }

    /** AdamW (decoupled weight decay) with betas (0.9, 0.999) and eps 1e-8. */
    public static Optimizer adamW(double lr, double weightDecay) {
        return new Adam(lr, 0.9, 0.999, 1e-8, weightDecay);
    }

    /** AdamW with explicit hyper-parameters. */
    public static Optimizer adamW(double lr, double beta1, double beta2, double eps, double weightDecay) {
        return new Adam(lr, beta1, beta2, eps, weightDecay);
    }
}
