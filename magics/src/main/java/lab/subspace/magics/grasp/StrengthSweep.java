package lab.subspace.magics.grasp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;

/**
 * {@link GraspExperiment} across spurious-correlation strengths ("Unsupervised Identification and
 * Removal of Spurious Correlations During Fine-Tuning", arXiv:2605.27676): the world, the pretrained model
 * and the oracle are shared; each agreement level gets its own fine-tuning data, naive fine-tune,
 * identification, GRASP and ablation. A level gives the same numbers as {@code GraspExperiment.run}
 * at that agreement with the same seed.
 *
 * <pre>{@code
 * SweepReport s = StrengthSweep.run(GraspSpec.defaults(), new double[] {0.5, 0.7, 0.8, 0.9, 0.95});
 * double[] cos = s.identifiedCosines();
 * }</pre>
 */
public final class StrengthSweep {

    private StrengthSweep() {
    }

    /**
     * @param agreements probabilities in [0, 1] that s agrees with the group, at least two, increasing
     * @throws IllegalArgumentException when there are fewer than two levels or they do not increase
     */
    public static SweepReport run(GraspSpec spec, double[] agreements) {
        if (agreements == null || agreements.length < 2) {
            throw new IllegalArgumentException("a sweep needs at least two agreement levels");
        }
        for (int i = 0; i < agreements.length; i++) {
            if (!(agreements[i] >= 0 && agreements[i] <= 1)) {
                throw new IllegalArgumentException("agreement " + agreements[i] + " at index " + i + " is not a probability in [0, 1]");
            }
            if (i > 0 && !(agreements[i] > agreements[i - 1])) {
                throw new IllegalArgumentException("agreements must increase but " + agreements[i] + " follows " + agreements[i - 1]);
            }
        }
        List<GraspReport> reports = new ArrayList<>();
        long total = Bench.sharedWork(spec) + agreements.length * Bench.levelWork(spec);
        try (Progress progress = Progress.start("%grasp sweep", total, Duration.ofSeconds(1))) {
            Bench bench = Bench.build(spec, progress);
            for (double a : agreements) {
                reports.add(bench.at(a, progress));
            }
        }
        return new SweepReport(spec, agreements, reports);
    }
}
