package lab.subspace.magics.game;

import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;

/**
 * A sample of {@link GroupedLowRank}: the truth, what is observed, the groups and each group's
 * true right-singular subspace.
 *
 * @param spec     the design
 * @param seed     the seed it was drawn with
 * @param truth    the n x p low-rank-per-group matrix X*
 * @param observed noisy entries of X* on the sampled positions
 * @param groups   the row groups
 * @param bases    p x r orthonormal basis of the row space of X*_{G_g,:}, per group
 */
public record SyntheticData(SyntheticSpec spec, long seed, DMatrixRMaj truth, MaskedMatrix observed,
        GroupMembership groups, List<DMatrixRMaj> bases) {

    /** The true rank of each group's block. */
    public int[] ranks() {
        return bases.stream().mapToInt(b -> b.numCols).toArray();
    }
}
