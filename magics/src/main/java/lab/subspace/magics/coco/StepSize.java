package lab.subspace.magics.coco;

/**
 * A step-size schedule eta_t for rounds t = 1, 2, ...: 1/(alpha t) for alpha-strongly convex
 * losses, D/(G sqrt t) for convex G-Lipschitz losses on a domain of diameter D.
 *
 * <pre>{@code
 * StepSize eta = StepSize.stronglyConvex(1.0);
 * eta.at(10);   // 0.1
 * }</pre>
 */
@FunctionalInterface
public interface StepSize {

    /** eta_t for round t &gt;= 1. */
    double at(int t);

    /** eta_t = 1 / (alpha t). */
    static StepSize stronglyConvex(double alpha) {
        if (!(alpha > 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 0 but is " + alpha);
        }
        return t -> 1 / (alpha * t);
    }

    /** eta_t = D / (G sqrt t). */
    static StepSize convex(double diameter, double lipschitz) {
        if (!(diameter > 0) || Double.isInfinite(diameter)) {
            throw new IllegalArgumentException("diameter must be finite and > 0 but is " + diameter);
        }
        if (!(lipschitz > 0) || Double.isInfinite(lipschitz)) {
            throw new IllegalArgumentException("Lipschitz constant must be finite and > 0 but is " + lipschitz);
        }
        return t -> diameter / (lipschitz * Math.sqrt(t));
    }
}
