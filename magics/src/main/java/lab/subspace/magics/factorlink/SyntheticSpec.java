package lab.subspace.magics.factorlink;

/**
 * The synthetic design: F (n x r) with N(0, 1) entries, L (p x r) with N(0, 1/r) entries (so the
 * index z = f_i^T l_j has variance about 1), M = g(F L^T), each entry missing independently with
 * probability {@code missing}, and Gaussian noise of standard deviation {@code noise} times the
 * standard deviation of M's entries.
 *
 * <pre>{@code
 * FactorData d = SyntheticFactors.sample(SyntheticSpec.defaults(Link.TANH).withNoise(0.05), 1);
 * }</pre>
 *
 * @param rows    n
 * @param cols    p
 * @param rank    r
 * @param link    the true link
 * @param missing probability that an entry is missing, in [0, 1)
 * @param noise   noise level relative to the spread of M, &gt;= 0
 */
public record SyntheticSpec(int rows, int cols, int rank, Link link, double missing, double noise) {

    public SyntheticSpec {
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("the matrix must be at least 2 x 2 but is " + rows + " x " + cols);
        }
        if (rank < 1 || rank >= Math.min(rows, cols)) {
            throw new IllegalArgumentException("rank must be in [1, " + (Math.min(rows, cols) - 1) + "] but is " + rank);
        }
        if (link == null) {
            throw new IllegalArgumentException("the link is null");
        }
        if (!(missing >= 0 && missing < 1)) {
            throw new IllegalArgumentException("missing must be in [0, 1) but is " + missing);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0 but is " + noise);
        }
    }

    /** 200 x 100, rank 3, half the entries missing, no noise. */
    public static SyntheticSpec defaults(Link link) {
        return new SyntheticSpec(200, 100, 3, link, 0.5, 0);
    }

    public SyntheticSpec withSize(int n, int p) {
        return new SyntheticSpec(n, p, rank, link, missing, noise);
    }

    public SyntheticSpec withRank(int r) {
        return new SyntheticSpec(rows, cols, r, link, missing, noise);
    }

    public SyntheticSpec withLink(Link g) {
        return new SyntheticSpec(rows, cols, rank, g, missing, noise);
    }

    public SyntheticSpec withMissing(double rate) {
        return new SyntheticSpec(rows, cols, rank, link, rate, noise);
    }

    public SyntheticSpec withNoise(double level) {
        return new SyntheticSpec(rows, cols, rank, link, missing, level);
    }
}
