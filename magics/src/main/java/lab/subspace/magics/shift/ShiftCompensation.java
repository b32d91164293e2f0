package lab.subspace.magics.shift;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/** The compensation protocol (see {@link Compensation}). */
final class ShiftCompensation {

    private ShiftCompensation() {
    }

    static Compensation run(ShiftData data, int[] features, ShiftOptions options, int maxRounds) {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be >= 1 but is " + maxRounds);
        }
        DensityShift.requireSome(features);
        List<String> names = data.namesOf(features);
        // one standardisation for all rounds: the geometry must not move while points are removed
        Pooled all = Pooled.of(data.reference(), data.test(), options.standardize());
        ShiftOptions raw = options.withStandardize(false);
        int[] keptX = DensityShift.allFeatures(data.referenceSize());
        int[] keptY = DensityShift.allFeatures(data.testSize());
        List<Compensation.Round> rounds = new ArrayList<>();
        boolean converged = false;
        ShiftDetection last = null;
        try (Progress progress = Progress.start("compensation", maxRounds, Duration.ofSeconds(1))) {
            for (int round = 1; round <= maxRounds; round++) {
                Interrupts.check();
                if (keptX.length + keptY.length - 1 < options.kMax() || keptX.length == 0 || keptY.length == 0) {
                    break; // too few points left to rerun with kMax neighbours: not converged
                }
                long start = System.nanoTime();
                last = new Detector(all.subset(keptX, keptY), raw).detect(features, names, start);
                rounds.add(new Compensation.Round(round, keptX.length, keptY.length, last.overFlagged().length,
                        last.underFlagged().length));
                progress.step();
                progress.note(last.flagged() + " flagged");
                if (!last.shifted()) {
                    converged = true;
                    break;
                }
                keptY = without(keptY, last.overFlagged());
                keptX = without(keptX, last.underFlagged());
            }
        }
        int[] allIdx = DensityShift.allFeatures(data.dims());
        ShiftDetection rerun = rerun(all, keptX, keptY, raw, features, names);
        ShiftDetection rerunAll = rerun(all, keptX, keptY, raw, allIdx, data.features());
        Rng rng = new Rng(options.seed());
        int[] randomX = sorted(rng.sample(data.referenceSize(), keptX.length));
        int[] randomY = sorted(rng.sample(data.testSize(), keptY.length));
        ShiftDetection control = rerun(all, randomX, randomY, raw, features, names);
        return new Compensation(names, keptX, keptY, rounds, converged, rerun, rerunAll, control,
                meanShift(data.reference(), data.test(), null, null),
                meanShift(data.reference(), data.test(), keptX, keptY), data.features());
    }

    private static ShiftDetection rerun(Pooled all, int[] keptX, int[] keptY, ShiftOptions raw, int[] features,
            List<String> names) {
        if (keptX.length == 0 || keptY.length == 0 || keptX.length + keptY.length - 1 < raw.kMax()) {
            return null;
        }
        return new Detector(all.subset(keptX, keptY), raw).detect(features, names, System.nanoTime());
    }

    /** (mean_Y - mean_X) / pooled sd per feature, over the chosen rows (null = all). */
    static double[] meanShift(DMatrixRMaj x, DMatrixRMaj y, int[] rowsX, int[] rowsY) {
        int d = x.numCols;
        double[] out = new double[d];
        for (int j = 0; j < d; j++) {
            double[] mx = moments(x, rowsX, j);
            double[] my = moments(y, rowsY, j);
            double n = mx[0] + my[0];
            double mean = (mx[0] * mx[1] + my[0] * my[1]) / n;
            double ss = mx[2] + mx[0] * (mx[1] - mean) * (mx[1] - mean) + my[2] + my[0] * (my[1] - mean) * (my[1] - mean);
            double sd = Math.sqrt(ss / Math.max(1, n - 1));
            out[j] = sd > 0 ? (my[1] - mx[1]) / sd : 0;
        }
        return out;
    }

    /** {count, mean, sum of squared deviations} of column j over the rows. */
    private static double[] moments(DMatrixRMaj m, int[] rows, int j) {
        int n = rows == null ? m.numRows : rows.length;
        double mean = 0;
        for (int r = 0; r < n; r++) {
            mean += m.get(rows == null ? r : rows[r], j);
        }
        mean /= Math.max(1, n);
        double ss = 0;
        for (int r = 0; r < n; r++) {
            double c = m.get(rows == null ? r : rows[r], j) - mean;
            ss += c * c;
        }
        return new double[] {n, mean, ss};
    }

    private static int[] without(int[] kept, int[] flaggedPositions) {
        boolean[] drop = new boolean[kept.length];
        for (int i : flaggedPositions) {
            drop[i] = true;
        }
        int[] out = new int[kept.length - flaggedPositions.length];
        int c = 0;
        for (int i = 0; i < kept.length; i++) {
            if (!drop[i]) {
                out[c++] = kept[i];
            }
        }
        return out;
    }

    private static int[] sorted(int[] a) {
        int[] s = a.clone();
        Arrays.sort(s);
        return s;
    }
}
