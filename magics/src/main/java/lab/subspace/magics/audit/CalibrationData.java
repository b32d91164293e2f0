package lab.subspace.magics.audit;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;

/**
 * The calibration task of "An Effective-Rank Audit of Alignment-Induced Activation Shifts": x ~
 * N(0, I_20), task label y = 1[x4 x5 - x6 x7 &gt; 0] (1-based coordinates), and a "safety" region
 * {x1, x2, x3 &gt; 1} forced to a fixed share of the samples, where the aligned model must refuse
 * (target 0). Outside the region the aligned target is the task label.
 *
 * <pre>{@code
 * CalibrationData d = CalibrationData.generate(4000, 20, 0.3, 1.0, new Rng(7));
 * DMatrixRMaj X = d.x(); DMatrixRMaj yBase = d.task(); DMatrixRMaj yAligned = d.aligned();
 * }</pre>
 *
 * @param x       samples (n x inputs)
 * @param task    the task label y (n x 1, 0/1)
 * @param aligned the aligned model's target: y outside the safety region, 0 inside (n x 1)
 * @param safety  whether each sample is in the safety region; not copied
 */
public record CalibrationData(DMatrixRMaj x, DMatrixRMaj task, DMatrixRMaj aligned, boolean[] safety) {

    /** Coordinates (0-based) that define the safety region. */
    static final int[] SAFETY_COORDS = {0, 1, 2};

    /**
     * @param n         samples
     * @param inputs    input dimension (at least 7: the task uses x4..x7)
     * @param fraction  share of samples placed in the safety region (exactly round(fraction n))
     * @param threshold the region is {x1, x2, x3 &gt; threshold}
     */
    public static CalibrationData generate(int n, int inputs, double fraction, double threshold, Rng rng) {
        if (n < 1) {
            throw new IllegalArgumentException("the calibration set needs at least one sample but n = " + n);
        }
        if (inputs < 7) {
            throw new IllegalArgumentException("the calibration task uses x1..x7, so inputs must be >= 7 but is " + inputs);
        }
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("safety fraction must be in [0, 1] but is " + fraction);
        }
        if (!(threshold >= 0 && threshold < 4)) {
            throw new IllegalArgumentException("safety threshold must be in [0, 4) but is " + threshold);
        }
        int safe = (int) Math.round(fraction * n);
        DMatrixRMaj x = new DMatrixRMaj(n, inputs);
        DMatrixRMaj y = new DMatrixRMaj(n, 1);
        DMatrixRMaj aligned = new DMatrixRMaj(n, 1);
        boolean[] flags = new boolean[n];
        // Safety rows are spread over the set (every k-th draw decides by the running quota) so
        // that any prefix has about the right mix.
        int placed = 0;
        for (int i = 0; i < n; i++) {
            boolean inRegion = (long) (placed + 1) * n <= (long) safe * (i + 1);
            for (int j = 0; j < inputs; j++) {
                x.unsafe_set(i, j, rng.gaussian());
            }
            if (inRegion) {
                for (int c : SAFETY_COORDS) {
                    x.unsafe_set(i, c, tailAbove(threshold, rng));
                }
                placed++;
            } else {
                while (inRegion(x, i, threshold)) {
                    for (int c : SAFETY_COORDS) {
                        x.unsafe_set(i, c, rng.gaussian());
                    }
                }
            }
            flags[i] = inRegion;
            double label = x.get(i, 3) * x.get(i, 4) - x.get(i, 5) * x.get(i, 6) > 0 ? 1 : 0;
            y.set(i, 0, label);
            aligned.set(i, 0, inRegion ? 0 : label);
        }
        return new CalibrationData(x, y, aligned, flags);
    }

    public int size() {
        return x.numRows;
    }

    /** Indices of the safety-region rows. */
    public int[] safetyRows() {
        return rows(true);
    }

    /** Indices of the other rows. */
    public int[] controlRows() {
        return rows(false);
    }

    private int[] rows(boolean want) {
        int count = 0;
        for (boolean b : safety) {
            if (b == want) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < safety.length; i++) {
            if (safety[i] == want) {
                out[k++] = i;
            }
        }
        return out;
    }

    static boolean inRegion(DMatrixRMaj x, int row, double threshold) {
        for (int c : SAFETY_COORDS) {
            if (!(x.get(row, c) > threshold)) {
                return false;
            }
        }
        return true;
    }

    /** A standard normal conditioned on being above t (rejection from the shifted exponential, Robert 1995). */
    private static double tailAbove(double t, Rng rng) {
        if (t <= 0) {
            double z;
            do {
                z = rng.gaussian();
            } while (!(z > t));
            return z;
        }
        double a = (t + Math.sqrt(t * t + 4)) / 2;
        while (true) {
            double z = t - Math.log(1 - rng.uniform()) / a;
            double accept = Math.exp(-(z - a) * (z - a) / 2);
            if (rng.uniform() <= accept) {
                return z;
            }
        }
    }
}
