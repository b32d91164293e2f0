package lab.subspace.magics.merge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.stats.Descriptive;

/**
 * Runs every merge of {@link SubspaceMerge#compare} on replicate synthetic suites and scores them
 * on held-out data: the [reconstructed] counterpart of the paper's eight-task table (average and
 * worst-task results of task arithmetic, Fisher merging, the flat projected mean and EpiMer at
 * matched rank).
 *
 * <pre>{@code
 * ComparisonReport r = MergeComparison.run(SuiteSpec.regression().withHeterogeneity(1.5), new int[] {1, 2, 4, 8}, 10);
 * }</pre>
 */
public final class MergeComparison {

    private MergeComparison() {
    }

    /** Seed of replicate i: replicate 0 is the spec itself, so {@code TaskSuite.generate(spec)} reproduces it. */
    public static long replicateSeed(long seed, int replicate) {
        return seed + replicate * 0x9E3779B97F4A7C15L;
    }

    /** Task arithmetic uses scale 1/T (weight averaging). */
    public static ComparisonReport run(SuiteSpec spec, int[] ranks, int replicates) {
        return run(spec, ranks, replicates, 1.0 / spec.tasks());
    }

    public static ComparisonReport run(SuiteSpec spec, int[] ranks, int replicates, double taskArithmeticScale) {
        requireRanks(ranks, spec.tasks());
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1 but is " + replicates);
        }
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        Map<String, Merge> keys = new LinkedHashMap<>();
        MergeReport example = null;
        List<TaskScores> exampleScores = null;
        try (Progress progress = Progress.start("%merge compare", replicates, Duration.ofSeconds(1))) {
            for (int rep = 0; rep < replicates; rep++) {
                Interrupts.check();
                TaskSuite suite = TaskSuite.generate(spec.withSeed(replicateSeed(spec.seed(), rep)));
                MergeReport report = SubspaceMerge.compare(suite.problem(), ranks, taskArithmeticScale);
                List<TaskScores> scores = new ArrayList<>();
                for (Merge m : report.merges()) {
                    TaskScores s = suite.evaluate(m.parameters());
                    scores.add(s);
                    String key = m.label();
                    keys.putIfAbsent(key, m);
                    rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {s.meanExcess(), s.worstExcess(),
                            s.meanAccuracy(), s.worstAccuracy(), s.worstLostFraction(), m.diagnostics().meanError(),
                            m.diagnostics().boundRatio()});
                }
                if (rep == 0) {
                    example = report;
                    exampleScores = List.copyOf(scores);
                }
                progress.step();
            }
        }
        List<MethodSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, Merge> e : keys.entrySet()) {
            Merge m = e.getValue();
            List<double[]> r = rows.get(e.getKey());
            double beatsAvg = Double.NaN;
            double beatsWorst = Double.NaN;
            if (m.method() == MergeMethod.EPIMER) {
                List<double[]> flat = rows.get(MergeMethod.PROJECTED_MEAN.label(m.rank()));
                beatsAvg = fraction(r, flat, 0);
                beatsWorst = fraction(r, flat, 1);
            }
            summaries.add(new MethodSummary(m.method(), m.rank(), mean(r, 0), se(r, 0), mean(r, 1), se(r, 1), mean(r, 2),
                    mean(r, 3), mean(r, 4), mean(r, 5), max(r, 6), beatsAvg, beatsWorst));
        }
        return new ComparisonReport(spec, replicates, List.copyOf(summaries), example, exampleScores);
    }

    static void requireRanks(int[] ranks, int tasks) {
        if (ranks == null || ranks.length == 0) {
            throw new IllegalArgumentException("give at least one rank");
        }
        for (int r : ranks) {
            if (r < 1 || r > tasks) {
                throw new IllegalArgumentException("ranks must be in [1, " + tasks + "] (the number of tasks) but one is " + r);
            }
        }
    }

    private static double[] column(List<double[]> rows, int j) {
        return rows.stream().mapToDouble(x -> x[j]).toArray();
    }

    private static double mean(List<double[]> rows, int j) {
        return Descriptive.mean(column(rows, j));
    }

    private static double se(List<double[]> rows, int j) {
        return rows.size() < 2 ? 0 : Descriptive.standardError(column(rows, j));
    }

    private static double max(List<double[]> rows, int j) {
        return Descriptive.max(column(rows, j));
    }

    /** Fraction of replicates where a[i][j] <= b[i][j]. */
    private static double fraction(List<double[]> a, List<double[]> b, int j) {
        int wins = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[j] <= b.get(i)[j]) {
                wins++;
            }
        }
        return (double) wins / a.size();
    }
}
