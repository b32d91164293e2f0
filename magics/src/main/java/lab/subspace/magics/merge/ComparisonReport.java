package lab.subspace.magics.merge;

import java.util.List;

/**
 * The synthetic comparison of "Model Merging on Loss Landscape" ({@code %merge compare}): every
 * method at every rank on replicate suites, and the first replicate's merges and per-task scores.
 *
 * <pre>{@code
 * ComparisonReport r = MergeComparison.run(SuiteSpec.regression().withHeterogeneity(1.5), new int[] {1, 2, 4, 8}, 10);
 * double gain = r.relativeAdvantage(4);     // (flat - EpiMer) / flat, average-task excess loss
 * }</pre>
 *
 * @param spec          the suite (replicate 0 uses its seed)
 * @param replicates    number of independent suites
 * @param summaries     per method and rank, over replicates
 * @param example       the merges of replicate 0
 * @param exampleScores held-out scores of replicate 0, aligned with {@code example.merges()}
 */
public record ComparisonReport(SuiteSpec spec, int replicates, List<MethodSummary> summaries, MergeReport example,
                               List<TaskScores> exampleScores) {

    /** The summary of {@code method} at {@code rank} (rank ignored for whole-space methods). */
    public MethodSummary summary(MergeMethod method, int rank) {
        return summaries.stream().filter(s -> s.method() == method && (!method.ranked() || s.rank() == rank)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + method.label() + " at rank " + rank));
    }

    /** The ranks compared. */
    public int[] ranks() {
        return example.ranks();
    }

    /** (projected mean - EpiMer) / projected mean of the average-task excess loss at {@code rank}. */
    public double relativeAdvantage(int rank) {
        double flat = summary(MergeMethod.PROJECTED_MEAN, rank).meanExcess();
        return (flat - summary(MergeMethod.EPIMER, rank).meanExcess()) / flat;
    }

    /** The same for the worst task. */
    public double relativeWorstAdvantage(int rank) {
        double flat = summary(MergeMethod.PROJECTED_MEAN, rank).worstExcess();
        return (flat - summary(MergeMethod.EPIMER, rank).worstExcess()) / flat;
    }

    /** Largest error / bound over every merge and replicate. */
    public double maxBoundRatio() {
        return summaries.stream().mapToDouble(MethodSummary::maxBoundRatio).max().orElse(0);
    }
}
