package lab.subspace.magics.merge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Spectra;

/**
 * Model merging as a subspace Frechet mean, after "Model Merging on Loss Landscape: A Geometry
 * Perspective" (EpiMer). Under the quadratic model of each task's loss around its fine-tuned
 * parameters, the merge that loses the least total loss inside span(U) is
 * <pre>
 *   theta* = theta_0 + U c*,   c* = (sum_t U^T G_t U)^{-1} sum_t U^T G_t tau_t
 * </pre>
 * for a metric G_t per task. One formula gives all the merges compared in the paper:
 * <ul>
 * <li>EpiMer: U = rank-r task subspace, G_t = H_t (curvature);</li>
 * <li>projected (spectral) mean: same U, G_t = I, i.e. c = U^T mean(tau);</li>
 * <li>Fisher merging: U = I, G_t = H_t;</li>
 * <li>weight averaging (task arithmetic with lambda = 1/T): U = I, G_t = I.</li>
 * </ul>
 * In directions of span(U) where sum_t U^T G_t U vanishes (no task has curvature there) the
 * merge keeps the flat mean, and {@link Merge#degenerateDirections()} counts them.
 *
 * <pre>{@code
 * MergeProblem p = MergeProblem.fromFinetuned(theta0, thetas, MergeProblem.diagonals(fisher));
 * Merge epi = SubspaceMerge.epimer(p, 4);
 * Merge flat = SubspaceMerge.projectedMean(p, 4);
 * CurvatureGain g = SubspaceMerge.criterion(p, 4);  // closed form: how much EpiMer gains over flat
 * MergeReport all = SubspaceMerge.compare(p, new int[] {1, 2, 4, 8}, 1.0 / p.tasks());
 * }</pre>
 */
public final class SubspaceMerge {

    /** Eigenvalues of the summed metric below this fraction of the largest count as zero. */
    static final double DEGENERATE_TOL = 1e-12;

    private SubspaceMerge() {
    }

    /** theta_0 + scale * sum_t tau_t (scale = 1/T averages the models). */
    public static Merge taskArithmetic(MergeProblem problem, double scale) {
        if (!Double.isFinite(scale)) {
            throw new IllegalArgumentException("task arithmetic scale must be finite but is " + scale);
        }
        double[] delta = problem.meanTaskVector();
        for (int i = 0; i < delta.length; i++) {
            delta[i] *= scale * problem.tasks();
        }
        // the sum of task vectors lies in their span: decompose relative to the full task subspace
        int rank = Math.max(1, Spectra.spectrum(problem.taskVectors()).numericalRank());
        TaskBasis basis = TaskBasis.of(problem, Math.min(rank, Math.min(problem.tasks(), problem.dimension())));
        return new Merge(MergeMethod.TASK_ARITHMETIC, basis.rank(), basis, delta, problem.parameters(delta),
                MergeDiagnostics.of(problem, basis, delta), 0);
    }

    /** The flat subspace mean theta_0 + U U^T mean(tau) at rank r. */
    public static Merge projectedMean(MergeProblem problem, int rank) {
        return frechetMean(problem, TaskBasis.of(problem, rank), MergeProblem.flat(problem.tasks(), problem.dimension()),
                MergeMethod.PROJECTED_MEAN);
    }

    /** Fisher merging: the curvature-weighted mean in the whole parameter space. */
    public static Merge fisher(MergeProblem problem) {
        return frechetMean(problem, TaskBasis.full(problem.dimension()), problem.curvatures(), MergeMethod.FISHER);
    }

    /** EpiMer: the subspace Frechet mean with the curvature metric at rank r. */
    public static Merge epimer(MergeProblem problem, int rank) {
        return frechetMean(problem, TaskBasis.of(problem, rank), problem.curvatures(), MergeMethod.EPIMER);
    }

    /**
     * The subspace Frechet mean of the task vectors in span(basis) under metrics G_t; its error is
     * measured with the problem's own curvature.
     *
     * @param metric one metric per task (the problem's curvatures, or {@link MergeProblem#flat})
     * @param method the label the result carries
     */
    public static Merge frechetMean(MergeProblem problem, TaskBasis basis, List<Curvature> metric, MergeMethod method) {
        if (metric.size() != problem.tasks()) {
            throw new IllegalArgumentException("there are " + problem.tasks() + " tasks but " + metric.size() + " metrics");
        }
        if (basis.dimension() != problem.dimension()) {
            throw new IllegalArgumentException("the basis lives in dimension " + basis.dimension() + " but there are "
                    + problem.dimension() + " parameters");
        }
        double[] flat = basis.coordinates(problem.meanTaskVector());
        Solution c;
        if (basis.isFull() && metric.stream().allMatch(Curvature::isDiagonal)) {
            c = coordinatewise(problem, metric, flat);
        } else {
            int r = basis.rank();
            Memory.requireDoubles(2L * r * r, "summed metric " + r + " x " + r);
            DMatrixRMaj a = new DMatrixRMaj(r, r);
            double[] m = new double[r];
            for (int t = 0; t < problem.tasks(); t++) {
                Interrupts.check();
                Curvature g = metric.get(t);
                CommonOps_DDRM.addEquals(a, restricted(g, basis));
                double[] gt = basis.coordinates(g.apply(problem.taskVector(t)));
                for (int i = 0; i < r; i++) {
                    m[i] += gt[i];
                }
            }
            c = MetricSolve.solve(a, m, flat);
        }
        double[] delta = basis.lift(c.x());
        return new Merge(method, basis.rank(), basis, delta, problem.parameters(delta),
                MergeDiagnostics.of(problem, basis, delta), c.degenerate());
    }

    /** The closed-form "curvature helps" criterion at rank r (see {@link CurvatureGain}). */
    public static CurvatureGain criterion(MergeProblem problem, int rank) {
        return CurvatureGain.of(problem, TaskBasis.of(problem, rank));
    }

    /**
     * Task arithmetic, Fisher merging, and the projected mean and EpiMer at every rank, with the
     * criterion at every rank.
     */
    public static MergeReport compare(MergeProblem problem, int[] ranks, double taskArithmeticScale) {
        if (ranks == null || ranks.length == 0) {
            throw new IllegalArgumentException("give at least one rank");
        }
        List<Merge> merges = new ArrayList<>();
        List<CurvatureGain> criteria = new ArrayList<>();
        // large models (d in the millions) take seconds per merge: show progress past 1 s
        try (Progress progress = Progress.start("%merge", 2L + ranks.length, Duration.ofSeconds(1))) {
            merges.add(taskArithmetic(problem, taskArithmeticScale));
            merges.add(fisher(problem));
            progress.advance(2);
            for (int r : ranks) {
                Interrupts.check();
                TaskBasis basis = TaskBasis.of(problem, r);
                merges.add(frechetMean(problem, basis, MergeProblem.flat(problem.tasks(), problem.dimension()), MergeMethod.PROJECTED_MEAN));
                merges.add(frechetMean(problem, basis, problem.curvatures(), MergeMethod.EPIMER));
                criteria.add(CurvatureGain.of(problem, basis));
                progress.step();
            }
        }
        return new MergeReport(problem, List.copyOf(merges), List.copyOf(criteria),
                Spectra.spectrum(problem.taskVectors()).values());
    }

    /** U^T G U, or G itself for the whole space. */
    static DMatrixRMaj restricted(Curvature g, TaskBasis basis) {
        return basis.isFull() ? g.matrix() : g.restrict(basis.u());
    }

    /** Diagonal metrics in the whole space: each parameter is its own 1-D Frechet mean. */
    private static Solution coordinatewise(MergeProblem problem, List<Curvature> metric, double[] flat) {
        int d = problem.dimension();
        double[] a = new double[d];
        double[] m = new double[d];
        for (int t = 0; t < problem.tasks(); t++) {
            Interrupts.check();
            double[] g = metric.get(t).diagonalEntries();
            double[] tau = problem.taskVector(t);
            for (int i = 0; i < d; i++) {
                a[i] += g[i];
                m[i] += g[i] * tau[i];
            }
        }
        double max = 0;
        for (double x : a) {
            max = Math.max(max, x);
        }
        double[] x = new double[d];
        int degenerate = 0;
        for (int i = 0; i < d; i++) {
            if (a[i] > DEGENERATE_TOL * max) {
                x[i] = m[i] / a[i];
            } else {
                x[i] = flat[i];
                degenerate++;
            }
        }
        return new Solution(x, degenerate);
    }

    /** Coefficients of a merge and how many directions fell back to the flat mean. */
    record Solution(double[] x, int degenerate) {
    }
}
