package lab.subspace.magics.coco;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A convex loss f_t revealed after the learner plays x_t. Built-in ones are in {@link Losses}; your
 * own is a pair of lambdas.
 *
 * <pre>{@code
 * Loss f = Loss.of(x -> Math.abs(x[0] - 1), x -> new double[] {Math.signum(x[0] - 1), 0});
 * }</pre>
 */
public interface Loss {

    /** f(x). */
    double value(double[] x);

    /** A (sub)gradient of f at x (a new array). */
    double[] gradient(double[] x);

    /** A loss from its value and (sub)gradient functions. */
    static Loss of(ToDoubleFunction<double[]> f, Function<double[], double[]> gradient) {
        Objects.requireNonNull(f, "f");
        Objects.requireNonNull(gradient, "gradient");
        return new Loss() {
            public double value(double[] x) {
                return f.applyAsDouble(x);
            }

            public double[] gradient(double[] x) {
                return gradient.apply(x);
            }
        };
    }
}
