package lab.subspace.magics.game;

import org.ejml.data.DMatrixRMaj;

/**
 * The result of a {@link SoftImpute} run.
 *
 * @param estimate   the completed n x p matrix
 * @param lambda     the nuclear-norm weight
 * @param iterations iterations run
 * @param converged  whether the relative change fell below the tolerance
 * @param changes    |X_k+1 - X_k|_F / |X_k|_F per iteration
 * @param objective  1/2 |P_Omega(Y - X_k)|^2 + lambda |X_k|_* per iteration
 * @param rank       rank of the estimate
 */
public record Completion(DMatrixRMaj estimate, double lambda, int iterations, boolean converged, double[] changes,
        double[] objective, int rank) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Completion[lambda %.4g, rank %d, %s in %d iterations, objective %.6g]",
                lambda, rank, converged ? "converged" : "NOT converged", iterations, objective[objective.length - 1]);
    }
}
