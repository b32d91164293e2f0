package lab.subspace.magics.coco;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A convex constraint function g (feasible where g(x) &lt;= 0), revealed after the learner plays.
 * {@link HalfSpace} and {@link Ball} are constraints whose feasible set is projected onto exactly;
 * any other g (for instance a lambda) enters the running intersection through its linear cut
 * {x : g(a) + grad g(a).(x - a) &lt;= 0} at the play a, a half-space that contains {g &lt;= 0} and
 * still gives g(x_t) &lt;= G |x_t - x_{t+1}| (the inequality the CCV bound rests on).
 *
 * <pre>{@code
 * Constraint g = Constraint.of(x -> x[0] * x[0] + x[1] - 1, x -> new double[] {2 * x[0], 1});
 * }</pre>
 */
public interface Constraint {

    /** g(x). */
    double value(double[] x);

    /** A subgradient of g at x (a new array). */
    double[] gradient(double[] x);

    /**
     * The convex set this constraint adds to the running intersection after play {@code at}: its
     * exact feasible set when it has a closed-form projection, otherwise its linear cut at {@code at}.
     *
     * @throws IllegalArgumentException when g(at) &gt; 0 and the subgradient is zero (g has no
     *                                  feasible point)
     */
    default ConvexSet set(double[] at) {
        double[] grad = gradient(at);
        double value = value(at);
        double norm2 = Vectors.dot(grad, grad);
        if (norm2 == 0) {
            if (value > 0) {
                throw new IllegalArgumentException("constraint has g = " + value + " > 0 at a point where its gradient is zero: "
                        + "it has no feasible point");
            }
            return new HalfSpace(grad, 0);  // the whole space
        }
        return new HalfSpace(grad, Vectors.dot(grad, at) - value);
    }

    /** A constraint from its value and subgradient functions. */
    static Constraint of(ToDoubleFunction<double[]> g, Function<double[], double[]> gradient) {
        Objects.requireNonNull(g, "g");
        Objects.requireNonNull(gradient, "gradient");
        return new Constraint() {
            public double value(double[] x) {
                return g.applyAsDouble(x);
            }

            public double[] gradient(double[] x) {
                return gradient.apply(x);
            }
        };
    }
}
