package lab.subspace.magics.game;

/**
 * Settings of {@link SoftImpute}.
 *
 * @param maxIterations iteration budget; a run that exhausts it reports {@code converged = false}
 * @param tolerance     stop when |X_k+1 - X_k|_F &lt;= tolerance |X_k|_F
 * @param accelerated   Nesterov momentum with restarts (same fixed point, fewer iterations)
 */
public record CompletionOptions(int maxIterations, double tolerance, boolean accelerated) {

    public CompletionOptions {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1 but is " + maxIterations);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1) but is " + tolerance);
        }
    }

    /** 2000 iterations, relative change 1e-4, accelerated. */
    public static CompletionOptions defaults() {
        return new CompletionOptions(2000, 1e-4, true);
    }

    public CompletionOptions withMaxIterations(int value) {
        return new CompletionOptions(value, tolerance, accelerated);
    }

    public CompletionOptions withTolerance(double value) {
        return new CompletionOptions(maxIterations, value, accelerated);
    }

    public CompletionOptions withAccelerated(boolean value) {
        return new CompletionOptions(maxIterations, tolerance, value);
    }
}
