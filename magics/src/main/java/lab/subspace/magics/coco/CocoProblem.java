package lab.subspace.magics.coco;

import java.util.Objects;
import java.util.function.IntFunction;

/**
 * A constrained online convex optimisation instance: the domain X (a ball), the horizon T, the loss
 * f_t and constraint g_t of each round t = 1..T (revealed after the learner plays x_t), and the first
 * play x_1. The functions are called once per round, in order; they must give the same f_t, g_t for
 * the same t when the problem is run twice (e.g. for the two methods of {@link Coco#compare}).
 *
 * <pre>{@code
 * CocoProblem p = new CocoProblem(Ball.centred(2, 1), 1000,
 *         t -> Losses.quadratic(1, new double[] {1, Math.sin(t)}),
 *         t -> new HalfSpace(new double[] {1, 1}, 0.5),
 *         new double[2]);
 * }</pre>
 *
 * @param domain      X
 * @param horizon     T &gt;= 1
 * @param losses      t -&gt; f_t
 * @param constraints t -&gt; g_t
 * @param start       x_1 (in X)
 */
public record CocoProblem(Ball domain, int horizon, IntFunction<Loss> losses, IntFunction<Constraint> constraints,
        double[] start) {

    public CocoProblem {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(losses, "losses");
        Objects.requireNonNull(constraints, "constraints");
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon T must be >= 1 but is " + horizon);
        }
        start = Vectors.checked("start point", start, domain.dimension());
        if (domain.distance(start) > 1e-9 * Math.max(1, domain.radius())) {
            throw new IllegalArgumentException("start point is at distance " + domain.distance(start) + " outside X");
        }
    }

    @Override
    public double[] start() {
        return start.clone();
    }

    public int dimension() {
        return domain.dimension();
    }

    /** The same problem cut at a shorter horizon. */
    public CocoProblem withHorizon(int t) {
        return new CocoProblem(domain, t, losses, constraints, start);
    }
}
