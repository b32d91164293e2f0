package lab.subspace.magics.game;

/**
 * Settings of GAME's ADMM solver (Boyd et al., "Distributed optimization and statistical learning
 * via the alternating direction method of multipliers", 2011, sections 3.3-3.4).
 *
 * <pre>{@code
 * GameOptions o = GameOptions.defaults().withTolerance(1e-5).withMaxIterations(2000);
 * }</pre>
 *
 * @param rho               initial penalty parameter; the data term has curvature 1 on observed
 *                          entries, so values near 0.1 suit any data scale
 * @param relaxation        over-relaxation alpha in (0, 2); 1 is plain ADMM, 1.5-1.8 is usually faster
 * @param adaptiveRho       residual balancing: rho doubles when the primal residual is 10x the
 *                          dual one and halves in the opposite case
 * @param tolerance         relative tolerance eps_rel of the stopping rule
 * @param absoluteTolerance absolute tolerance eps_abs, in units of the RMS of the observed values
 * @param maxIterations     iteration budget; a fit that runs out reports {@code converged = false}
 */
public record GameOptions(double rho, double relaxation, boolean adaptiveRho, double tolerance,
        double absoluteTolerance, int maxIterations) {

    public GameOptions {
        if (!(rho > 0) || Double.isInfinite(rho)) {
            throw new IllegalArgumentException("rho must be positive and finite but is " + rho);
        }
        if (!(relaxation > 0 && relaxation < 2)) {
            throw new IllegalArgumentException("over-relaxation must be in (0, 2) but is " + relaxation);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1) but is " + tolerance);
        }
        if (!(absoluteTolerance >= 0 && absoluteTolerance < 1)) {
            throw new IllegalArgumentException("absolute tolerance must be in [0, 1) but is " + absoluteTolerance);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1 but is " + maxIterations);
        }
    }

    /** rho 0.1, over-relaxation 1.6, residual balancing, eps_rel 1e-4, eps_abs 1e-6, 2000 iterations. */
    public static GameOptions defaults() {
        return new GameOptions(0.1, 1.6, true, 1e-4, 1e-6, 2000);
    }

    public GameOptions withRho(double value) {
        return new GameOptions(value, relaxation, adaptiveRho, tolerance, absoluteTolerance, maxIterations);
    }

    public GameOptions withRelaxation(double value) {
        return new GameOptions(rho, value, adaptiveRho, tolerance, absoluteTolerance, maxIterations);
    }

    public GameOptions withAdaptiveRho(boolean value) {
        return new GameOptions(rho, relaxation, value, tolerance, absoluteTolerance, maxIterations);
    }

    public GameOptions withTolerance(double value) {
        return new GameOptions(rho, relaxation, adaptiveRho, value, absoluteTolerance, maxIterations);
    }

    public GameOptions withAbsoluteTolerance(double value) {
        return new GameOptions(rho, relaxation, adaptiveRho, tolerance, value, maxIterations);
    }

    public GameOptions withMaxIterations(int value) {
        return new GameOptions(rho, relaxation, adaptiveRho, tolerance, absoluteTolerance, value);
    }
}
