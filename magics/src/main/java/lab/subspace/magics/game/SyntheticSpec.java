package lab.subspace.magics.game;

/**
 * The synthetic design of the GAME experiments (reconstructed from the abstract): an n x p
 * matrix whose rows fall in {@code groups} overlapping row groups ({@link GroupMembership#chain}),
 * each group of rank {@code rank} with its own right (feature-space) subspace, observed entry-wise
 * at {@code rate} except the rows of group {@code sparseGroup}, observed at {@code sparseRate}.
 *
 * <pre>{@code
 * SyntheticSpec s = SyntheticSpec.paper().withSparseRate(0.1).withShared(true);
 * }</pre>
 *
 * @param rows        n
 * @param cols        p
 * @param groups      number of groups K
 * @param overlap     rows shared by consecutive groups
 * @param rank        rank r of every group's block
 * @param shared      true: all groups share one r-dimensional subspace (the control); false:
 *                    consecutive groups share one direction (what their common rows need) and
 *                    each has r - 2 directions of its own
 * @param sparseGroup index of the under-sampled group, or -1 for none
 * @param sparseRate  its sampling rate
 * @param rate        sampling rate of every other row
 * @param sigma       standard deviation of the Gaussian noise on observed entries (entries of
 *                    the truth have variance about 1)
 */
public record SyntheticSpec(int rows, int cols, int groups, int overlap, int rank, boolean shared, int sparseGroup,
        double sparseRate, double rate, double sigma) {

    public SyntheticSpec {
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("the matrix must be at least 2 x 2 but is " + rows + " x " + cols);
        }
        if (groups < 1 || groups > rows) {
            throw new IllegalArgumentException("groups must be in [1, " + rows + "] but is " + groups);
        }
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be at least 1 but is " + rank);
        }
        if (!shared && groups > 1 && overlap > 0 && rank < 2) {
            throw new IllegalArgumentException("distinct subspaces with overlapping groups need rank >= 2 (one direction "
                    + "shared with each neighbour), not " + rank);
        }
        int directions = directions(shared, groups, overlap, rank);
        if (directions > cols) {
            throw new IllegalArgumentException("the design needs " + directions + " orthogonal directions but p = " + cols);
        }
        if (sparseGroup < -1 || sparseGroup >= groups) {
            throw new IllegalArgumentException("sparseGroup must be -1 (none) or in [0, " + (groups - 1) + "] but is "
                    + sparseGroup);
        }
        requireRate("sparseRate", sparseRate);
        requireRate("rate", rate);
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and >= 0 but is " + sigma);
        }
    }

    /** The paper-sized design: 200 x 100, 4 groups overlapping by 10 rows, rank 3, group 0 at 5%, others at 40%, sigma 0.1. */
    public static SyntheticSpec paper() {
        return new SyntheticSpec(200, 100, 4, 10, 3, false, 0, 0.05, 0.4, 0.1);
    }

    /** Orthonormal directions the design draws. */
    static int directions(boolean shared, int groups, int overlap, int rank) {
        if (shared || groups == 1) {
            return rank;
        }
        return overlap > 0 ? groups * (rank - 1) : groups * rank;
    }

    public SyntheticSpec withShared(boolean value) {
        return new SyntheticSpec(rows, cols, groups, overlap, rank, value, sparseGroup, sparseRate, rate, sigma);
    }

    public SyntheticSpec withSparseRate(double value) {
        return new SyntheticSpec(rows, cols, groups, overlap, rank, shared, sparseGroup, value, rate, sigma);
    }

    public SyntheticSpec withSparseGroup(int value) {
        return new SyntheticSpec(rows, cols, groups, overlap, rank, shared, value, sparseRate, rate, sigma);
    }

    public SyntheticSpec withRate(double value) {
        return new SyntheticSpec(rows, cols, groups, overlap, rank, shared, sparseGroup, sparseRate, value, sigma);
    }

    public SyntheticSpec withSigma(double value) {
        return new SyntheticSpec(rows, cols, groups, overlap, rank, shared, sparseGroup, sparseRate, rate, value);
    }

    public SyntheticSpec withSize(int n, int p) {
        return new SyntheticSpec(n, p, groups, overlap, rank, shared, sparseGroup, sparseRate, rate, sigma);
    }

    public SyntheticSpec withGroups(int k, int rowOverlap) {
        return new SyntheticSpec(rows, cols, k, rowOverlap, rank, shared, sparseGroup, sparseRate, rate, sigma);
    }

    public SyntheticSpec withRank(int r) {
        return new SyntheticSpec(rows, cols, groups, overlap, r, shared, sparseGroup, sparseRate, rate, sigma);
    }

    private static void requireRate(String name, double r) {
        if (!(r > 0 && r <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1] but is " + r);
        }
    }
}
