package lab.subspace.magics.factorlink;

/**
 * Settings of the projected block coordinate descent ({@link FactorLink}).
 *
 * <pre>{@code
 * FactorLinkOptions o = FactorLinkOptions.defaults().withIterations(40).withTolerance(0);
 * }</pre>
 *
 * @param maxIterations rounds of (factor step, loading step, link step)
 * @param tolerance     stop when the fitted observed values change by less than this (relative);
 *                      0 runs all iterations
 * @param knots         kernel centres of the link regression
 * @param ridge         RKHS-norm penalty of the link regression, per observation, or NaN to choose
 *                      it by generalised cross-validation at every link step
 * @param incoherence   rows of F or L longer than this multiple of the root-mean-square row norm
 *                      are clipped (the incoherence projection)
 * @param damping       Levenberg-Marquardt damping of the Gauss-Newton row steps, relative to the
 *                      curvature
 */
public record FactorLinkOptions(int maxIterations, double tolerance, int knots, double ridge, double incoherence,
        double damping) {

    public FactorLinkOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1 but is " + maxIterations);
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0 but is " + tolerance);
        }
        if (knots < 3) {
            throw new IllegalArgumentException("knots must be >= 3 but is " + knots);
        }
        if (!Double.isNaN(ridge) && (!(ridge >= 0) || Double.isInfinite(ridge))) {
            throw new IllegalArgumentException("ridge must be finite and >= 0 (or NaN for automatic) but is " + ridge);
        }
        if (!(incoherence > 1)) {
            throw new IllegalArgumentException("incoherence must be > 1 (a multiple of the RMS row norm) but is "
                    + incoherence);
        }
        if (!(damping >= 0) || Double.isInfinite(damping)) {
            throw new IllegalArgumentException("damping must be finite and >= 0 but is " + damping);
        }
    }

    /** 50 iterations, tolerance 1e-10, 12 knots, ridge chosen by GCV, incoherence 3, damping 1e-6. */
    public static FactorLinkOptions defaults() {
        return new FactorLinkOptions(50, 1e-10, 12, Double.NaN, 3, 1e-6);
    }

    public FactorLinkOptions withIterations(int iterations) {
        return new FactorLinkOptions(iterations, tolerance, knots, ridge, incoherence, damping);
    }

    public FactorLinkOptions withTolerance(double value) {
        return new FactorLinkOptions(maxIterations, value, knots, ridge, incoherence, damping);
    }

    public FactorLinkOptions withKnots(int value) {
        return new FactorLinkOptions(maxIterations, tolerance, value, ridge, incoherence, damping);
    }

    public FactorLinkOptions withRidge(double value) {
        return new FactorLinkOptions(maxIterations, tolerance, knots, value, incoherence, damping);
    }

    public FactorLinkOptions withIncoherence(double value) {
        return new FactorLinkOptions(maxIterations, tolerance, knots, ridge, value, damping);
    }

    public FactorLinkOptions withDamping(double value) {
        return new FactorLinkOptions(maxIterations, tolerance, knots, ridge, incoherence, value);
    }
}
