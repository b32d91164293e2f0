package lab.subspace.magics.pos;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * The outcome of {@link KSubspaces#refine}.
 *
 * @param bases      one orthonormal D x d_k basis per subspace
 * @param labels     nearest subspace of each point; not copied
 * @param distances  distance of each point to it; not copied
 * @param iterations assign/refit rounds run
 * @param converged  whether the last round changed no label (else the cap was hit)
 */
public record KSubspacesFit(List<DMatrixRMaj> bases, int[] labels, double[] distances, int iterations, boolean converged) {

    public KSubspacesFit {
        bases = List.copyOf(bases);
    }
}
