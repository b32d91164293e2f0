package lab.subspace.magics.grasp;

import java.time.Duration;

import lab.subspace.display.Progress;

/**
 * GRASP end to end on a {@link LatentWorld}, reconstructed from "Unsupervised Identification and
 * Removal of Spurious Correlations During Fine-Tuning" (Gilligan-Lee, Egan, Zhu, O'Riordan,
 * arXiv:2605.27676): pretrain a small MLP that uses the factor s for a second task; LoRA fine-tune
 * it naively on data where s agrees with the class's group; identify s without supervision as the
 * top singular direction of the naive update; fine-tune again with GRASP (gradients projected off
 * that direction), with activation ablation of it, and on uncorrelated data (the oracle); score
 * every model in distribution, out of distribution (correlation reversed) and on the second task.
 *
 * <pre>{@code
 * GraspReport r = GraspExperiment.run(GraspSpec.defaults());      // agreement 0.9
 * double cos = r.identifiedCosine();                              // |cos(v_1, u_s)|
 * double gap = r.score(Method.ORACLE).ood() - r.score(Method.GRASP).ood();
 * }</pre>
 */
public final class GraspExperiment {

    private GraspExperiment() {
    }

    public static GraspReport run(GraspSpec spec) {
        try (Progress progress = Progress.start("%grasp run", Bench.sharedWork(spec) + Bench.levelWork(spec), Duration.ofSeconds(1))) {
            return Bench.build(spec, progress).at(spec.agreement(), progress);
        }
    }
}
