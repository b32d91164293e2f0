package lab.subspace.magics.game;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.numerics.random.Rng;

/**
 * A random split of the observed entries into a training part and a held-out part, for choosing
 * the penalty scale by validation when the truth is unknown.
 *
 * <pre>{@code
 * Holdout h = Holdout.split(Y, 0.1, 42);     // 10% of the observed entries held out
 * }</pre>
 *
 * @param train observed entries kept for fitting
 * @param test  held-out entries
 */
public record Holdout(MaskedMatrix train, MaskedMatrix test) {

    /** Holds out each observed entry independently with probability {@code fraction}. */
    public static Holdout split(MaskedMatrix y, double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("the held-out fraction must be in (0, 1) but is " + fraction);
        }
        Rng rng = new Rng(seed);
        int n = y.rows();
        int p = y.cols();
        DMatrixRMaj trainValues = new DMatrixRMaj(n, p);
        DMatrixRMaj trainMask = new DMatrixRMaj(n, p);
        DMatrixRMaj testValues = new DMatrixRMaj(n, p);
        DMatrixRMaj testMask = new DMatrixRMaj(n, p);
        int trainCount = 0;
        int testCount = 0;
        for (int k = 0; k < n * p; k++) {
            if (y.mask().data[k] == 0) {
                continue;
            }
            if (rng.uniform() < fraction) {
                testValues.data[k] = y.values().data[k];
                testMask.data[k] = 1;
                testCount++;
            } else {
                trainValues.data[k] = y.values().data[k];
                trainMask.data[k] = 1;
                trainCount++;
            }
        }
        if (testCount == 0 || trainCount == 0) {
            throw new IllegalArgumentException("holding out " + fraction + " of " + y.observed()
                    + " observed entries leaves " + trainCount + " to fit and " + testCount + " to validate");
        }
        return new Holdout(new MaskedMatrix(trainValues, trainMask, trainCount),
                new MaskedMatrix(testValues, testMask, testCount));
    }
}
