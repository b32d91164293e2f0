package lab.subspace.magics.symopt;

/**
 * The outcome of {@link NewtonSchulz#polar}.
 *
 * @param factor     the last iterate (the polar factor when converged)
 * @param iterations iterations run
 * @param converged  whether the relative change fell to the tolerance within the iteration budget
 * @param changes    |X_{k+1} - X_k|_F / |X_{k+1}|_F of each iteration
 */
public record NewtonSchulzResult(org.ejml.data.DMatrixRMaj factor, int iterations, boolean converged, double[] changes) {

    public NewtonSchulzResult {
        changes = changes.clone();
    }

    @Override
    public double[] changes() {
        return changes.clone();
    }
}
