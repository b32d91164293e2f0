package lab.subspace.magics.merge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * Sweeps Hessian heterogeneity eta and rank r: for each cell, the closed-form
 * {@link CurvatureGain} prediction of EpiMer's advantage over the flat projected mean, the advantage
 * measured on held-out data, and the error-bound check of every merge. [reconstructed] from the
 * abstract's claims: the advantage vanishes as the Hessians become isotropic (eta -&gt; 0), grows
 * with heterogeneity, and the criterion tells when curvature helps.
 *
 * <pre>{@code
 * SweepReport s = HeterogeneitySweep.run(SuiteSpec.regression(), new double[] {0, 0.5, 1, 1.5, 2}, new int[] {1, 2, 4, 8}, 5);
 * }</pre>
 */
public final class HeterogeneitySweep {

    private HeterogeneitySweep() {
    }

    public static SweepReport run(SuiteSpec spec, double[] heterogeneities, int[] ranks, int replicates) {
        MergeComparison.requireRanks(ranks, spec.tasks());
        if (heterogeneities == null || heterogeneities.length == 0) {
            throw new IllegalArgumentException("give at least one heterogeneity");
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1 but is " + replicates);
        }
        List<SweepCell> cells = new ArrayList<>();
        try (Progress progress = Progress.start("%merge sweep", (long) heterogeneities.length * replicates, Duration.ofSeconds(1))) {
            for (double eta : heterogeneities) {
                Accumulator[] acc = new Accumulator[ranks.length];
                for (int i = 0; i < ranks.length; i++) {
                    acc[i] = new Accumulator();
                }
                for (int rep = 0; rep < replicates; rep++) {
                    Interrupts.check();
                    TaskSuite suite = TaskSuite.generate(spec.withHeterogeneity(eta).withSeed(MergeComparison.replicateSeed(spec.seed(), rep)));
                    MergeProblem problem = suite.problem();
                    Merge average = SubspaceMerge.taskArithmetic(problem, 1.0 / problem.tasks());
                    Merge fisher = SubspaceMerge.fisher(problem);
                    double wholeSpaceBound = Math.max(average.diagnostics().boundRatio(), fisher.diagnostics().boundRatio());
                    double wholeSpaceObjective = Math.max(objectiveRatio(suite, average), objectiveRatio(suite, fisher));
                    for (int i = 0; i < ranks.length; i++) {
                        TaskBasis basis = TaskBasis.of(problem, ranks[i]);
                        Merge flat = SubspaceMerge.frechetMean(problem, basis, MergeProblem.flat(problem.tasks(), problem.dimension()),
                                MergeMethod.PROJECTED_MEAN);
                        Merge epi = SubspaceMerge.frechetMean(problem, basis, problem.curvatures(), MergeMethod.EPIMER);
                        CurvatureGain g = CurvatureGain.of(problem, basis);
                        TaskScores fs = suite.evaluate(flat.parameters());
                        TaskScores es = suite.evaluate(epi.parameters());
                        acc[i].add(g, fs, es, Math.max(wholeSpaceBound, Math.max(flat.diagnostics().boundRatio(), epi.diagnostics().boundRatio())),
                                Math.max(wholeSpaceObjective, Math.max(objectiveRatio(suite, flat), objectiveRatio(suite, epi))));
                    }
                    progress.step();
                }
                for (int i = 0; i < ranks.length; i++) {
                    cells.add(acc[i].cell(eta, ranks[i]));
                }
            }
        }
        return new SweepReport(spec, heterogeneities.clone(), ranks.clone(), replicates, List.copyOf(cells));
    }

    /** Actual increase of the summed training objective over the decomposition bound. */
    private static double objectiveRatio(TaskSuite suite, Merge m) {
        double total = Vectors.sum(suite.objectiveExcess(m.parameters()));
        double bound = m.diagnostics().bound();
        return bound == 0 ? 0 : total / bound;
    }

    /** Sums over replicates; relative gains are formed from the replicate means. */
    private static final class Accumulator {
        int n;
        double predictedGain;
        double predictedFlat;
        double predictedWorstFlat;
        double predictedWorstCurved;
        double flatMean;
        double epiMean;
        double flatWorst;
        double epiWorst;
        double het;
        double leak;
        double bound;
        double objective;

        void add(CurvatureGain g, TaskScores flat, TaskScores epi, double boundRatio, double objectiveRatio) {
            n++;
            predictedGain += g.gain();
            predictedFlat += g.meanFlatError();
            predictedWorstFlat += Vectors.max(g.flatErrors());
            predictedWorstCurved += Vectors.max(g.curvedErrors());
            flatMean += flat.meanExcess();
            epiMean += epi.meanExcess();
            flatWorst += flat.worstExcess();
            epiWorst += epi.worstExcess();
            het += g.heterogeneity();
            leak += g.leakage();
            bound = Math.max(bound, boundRatio);
            objective = Math.max(objective, objectiveRatio);
        }

        SweepCell cell(double eta, int rank) {
            return new SweepCell(eta, rank, ratio(predictedGain, predictedFlat),
                    ratio(predictedWorstFlat - predictedWorstCurved, predictedWorstFlat),
                    ratio(flatMean - epiMean, flatMean), ratio(flatWorst - epiWorst, flatWorst),
                    flatMean / n, epiMean / n, het / n, leak / n, bound, objective);
        }

        private static double ratio(double a, double b) {
            return b == 0 ? 0 : a / b;
        }
    }
}
