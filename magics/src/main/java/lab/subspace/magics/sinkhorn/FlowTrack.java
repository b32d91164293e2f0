package lab.subspace.magics.sinkhorn;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

/**
 * One method's gradient flow: the exact W2 distance to the target after every step, the objective
 * and the kept snapshots.
 *
 * @param method     SROT (SROT divergence), EOT (Sinkhorn divergence) or SOT (SW_2^2)
 * @param w2         W2(x_t, target) for t = 0..steps (a copy is returned)
 * @param objective  the objective at x_t before step t + 1, t = 0..steps-1 (a copy is returned)
 * @param snapshotSteps the steps of {@code snapshots} (a copy is returned)
 * @param snapshots  the points at those steps (n x d each, unmodifiable list of copies)
 * @param unconvergedSteps steps at which a Sinkhorn solve of the divergence stopped at its sweep cap
 *                   before its tolerance (0 for SOT; SROT's nearly sparse reference can make a solve
 *                   creep at a marginal error around 1e-7, which barely changes the gradient)
 * @param seconds    wall-clock time of the flow (W2 measurements included)
 */
public record FlowTrack(OtMethod method, double[] w2, double[] objective, int[] snapshotSteps,
                        List<DMatrixRMaj> snapshots, int unconvergedSteps, double seconds) {

    public FlowTrack {
        w2 = w2.clone();
        objective = objective.clone();
        snapshotSteps = snapshotSteps.clone();
        snapshots = snapshots.stream().map(DMatrixRMaj::copy).toList();
    }

    @Override
    public double[] w2() {
        return w2.clone();
    }

    @Override
    public double[] objective() {
        return objective.clone();
    }

    @Override
    public int[] snapshotSteps() {
        return snapshotSteps.clone();
    }

    /** W2 to the target after the last step. */
    public double finalW2() {
        return w2[w2.length - 1];
    }

    /** W2 to the target after {@code step} steps. */
    public double w2At(int step) {
        if (step < 0 || step >= w2.length) {
            throw new IllegalArgumentException("step " + step + " is outside 0.." + (w2.length - 1));
        }
        return w2[step];
    }
}
