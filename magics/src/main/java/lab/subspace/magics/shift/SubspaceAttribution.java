package lab.subspace.magics.shift;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/** Greedy forward selection of the features that carry a detected shift (see {@link Attribution}). */
final class SubspaceAttribution {

    private SubspaceAttribution() {
    }

    /**
     * @param full detection on all features: its flagged points are the anomaly to attribute
     */
    static Attribution greedy(Detector detector, ShiftDetection full, List<String> names, int maxFeatures) {
        double minGain = detector.options.minGain();
        int d = names.size();
        if (maxFeatures < 1) {
            throw new IllegalArgumentException("maxFeatures must be >= 1 but is " + maxFeatures);
        }
        int[] members = members(full);
        int limit = Math.min(maxFeatures, d);
        List<Attribution.Step> steps = new ArrayList<>();
        int[] current = new int[0];
        if (members.length == 0) {
            return new Attribution(List.of(), current, 0, steps, null, names);
        }
        long evaluations = 0;
        for (int s = 0; s < limit; s++) {
            evaluations += d - s;
        }
        double currentStrength = 0;
        try (Progress progress = Progress.start("subspace attribution", evaluations, Duration.ofSeconds(1))) {
            while (current.length < limit) {
                Interrupts.check();
                int[] candidates = remaining(current, d);
                double[] strength = new double[candidates.length];
                int best = 0;
                for (int c = 0; c < candidates.length; c++) {
                    strength[c] = detector.strength(with(current, candidates[c]), members);
                    if (strength[c] > strength[best]) {
                        best = c; // ties keep the lower index
                    }
                    progress.step();
                    progress.note("size " + (current.length + 1) + ": " + names.get(candidates[c]));
                }
                int[] trial = with(current, candidates[best]);
                int flagged = detector.detect(trial, namesOf(trial, names), System.nanoTime()).flagged();
                boolean accepted = strength[best] > currentStrength * (1 + minGain);
                steps.add(new Attribution.Step(current.length + 1, candidates, strength, candidates[best],
                        names.get(candidates[best]), strength[best], flagged, accepted));
                if (!accepted) {
                    break;
                }
                current = trial;
                currentStrength = strength[best];
            }
        }
        List<String> chosen = namesOf(current, names);
        ShiftDetection detection = current.length == 0 ? null : detector.detect(current, chosen, System.nanoTime());
        return new Attribution(chosen, current, members.length, steps, detection, names);
    }

    /** Pooled indices of the flagged points: reference points first (0..nX-1), then test points. */
    private static int[] members(ShiftDetection full) {
        int[] out = new int[full.flagged()];
        int c = 0;
        for (int i : full.underFlagged()) {
            out[c++] = i;
        }
        for (int i : full.overFlagged()) {
            out[c++] = full.referenceSize() + i;
        }
        return out;
    }

    private static List<String> namesOf(int[] features, List<String> names) {
        List<String> out = new ArrayList<>();
        for (int j : features) {
            out.add(names.get(j));
        }
        return out;
    }

    private static int[] with(int[] current, int feature) {
        int[] out = Arrays.copyOf(current, current.length + 1);
        out[current.length] = feature;
        return out;
    }

    private static int[] remaining(int[] current, int d) {
        boolean[] used = new boolean[d];
        for (int j : current) {
            used[j] = true;
        }
        int[] out = new int[d - current.length];
        int c = 0;
        for (int j = 0; j < d; j++) {
            if (!used[j]) {
                out[c++] = j;
            }
        }
        return out;
    }
}
