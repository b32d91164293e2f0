package lab.subspace.magics.twistedsmc;

import java.util.function.ToDoubleFunction;

/**
 * A terminal reward r(x_0) on clean samples; the aligned target is p(x_0) exp(r(x_0) / beta). Any Java
 * lambda is a reward, so a researcher can steer the built-in diffusion model with their own function.
 *
 * <pre>{@code
 * Reward bump = Reward.gaussian(new double[] {1.5}, 0.5);     // -|x - 1.5|^2 / (2 * 0.5^2)
 * Reward mine = x -> -Math.abs(x[0] - 1) - 0.3 * x[0] * x[0];
 * }</pre>
 */
@FunctionalInterface
public interface Reward {

    /** r(x) for one point x (length d); must be finite. */
    double value(double[] x);

    /**
     * The log of a Gaussian bump, r(x) = -|x - center|^2 / (2 width^2): exp(r / beta) is a Gaussian of
     * width width * sqrt(beta), so the tilted mixture and its normaliser are known in closed form.
     */
    static GaussianReward gaussian(double[] center, double width) {
        return new GaussianReward(center, width);
    }

    /** Adapts a {@code ToDoubleFunction<double[]>} (e.g. a notebook variable). */
    static Reward of(ToDoubleFunction<double[]> f) {
        return f::applyAsDouble;
    }
}
