package lab.subspace.magics.merge;

import java.util.List;

/**
 * Every merge of one problem (task arithmetic, Fisher merging, and the projected mean and EpiMer
 * at each rank) with the closed-form criterion at each rank: what {@code %merge run} returns for
 * a researcher's own task vectors.
 *
 * <pre>{@code
 * MergeReport r = SubspaceMerge.compare(problem, new int[] {2, 4}, 1.0 / problem.tasks());
 * double[] theta = r.merge(MergeMethod.EPIMER, 4).parameters();
 * }</pre>
 *
 * @param problem             the merged tasks
 * @param merges              task arithmetic, Fisher, then per rank the projected mean and EpiMer
 * @param criteria            the criterion per rank, in the order of the ranks
 * @param taskSingularValues  singular values of the T x d task-vector matrix; not copied
 */
public record MergeReport(MergeProblem problem, List<Merge> merges, List<CurvatureGain> criteria, double[] taskSingularValues) {

    /** The merge of {@code method} at {@code rank} (rank is ignored for whole-space methods). */
    public Merge merge(MergeMethod method, int rank) {
        return merges.stream().filter(m -> m.method() == method && (!method.ranked() || m.rank() == rank)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + method.label() + " merge at rank " + rank
                        + "; ranks: " + criteria.stream().map(c -> String.valueOf(c.rank())).toList()));
    }

    /** The criterion at {@code rank}. */
    public CurvatureGain criterion(int rank) {
        return criteria.stream().filter(c -> c.rank() == rank).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no criterion at rank " + rank));
    }

    /** The ranks compared, in order. */
    public int[] ranks() {
        return criteria.stream().mapToInt(CurvatureGain::rank).toArray();
    }
}
