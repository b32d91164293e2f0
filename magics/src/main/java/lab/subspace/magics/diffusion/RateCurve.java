package lab.subspace.magics.diffusion;

/**
 * One curve of the rate experiment: a data source and its intrinsic dimension k (which sets the
 * early-stopping time t0 = c n^{-2/k} and the predicted slope -1/max(k, 2)).
 *
 * @param label  legend entry, e.g. "k=2, D=100"
 * @param source where training and fresh samples come from
 * @param k      intrinsic dimension (&gt;= 1)
 */
public record RateCurve(String label, DataSource source, int k) {

    public RateCurve {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a rate curve needs a label");
        }
        if (source == null) {
            throw new IllegalArgumentException("rate curve '" + label + "' has no data source");
        }
        if (k < 1) {
            throw new IllegalArgumentException("rate curve '" + label + "': the intrinsic dimension k must be >= 1 but is " + k);
        }
    }

    /** A curve over a random mixture of K k-dimensional subspaces of R^D, labelled "k=.., D=..". */
    public static RateCurve mixture(int dimension, int k, int components, SubgaussianLaw law, long seed) {
        return new RateCurve("k=" + k + ", D=" + dimension, SubspaceMixture.random(dimension, k, components, law, seed), k);
    }

    /** The slope theory predicts for W1 against n on log-log axes: -1/max(k, 2) (up to logs at k = 2). */
    public double predictedSlope() {
        return -1.0 / Math.max(k, 2);
    }
}
