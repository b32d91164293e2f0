package lab.subspace.magics.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Products;
import lab.subspace.numerics.linalg.Spd;
import lab.subspace.numerics.linalg.SymmetricEigen;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.random.Rng;

/**
 * A synthetic merging benchmark (see {@link SuiteSpec}): T tasks fine-tuned from a shared base,
 * with held-out data to score any merged parameters. The [reconstructed] small-scale stand-in for
 * the eight CLIP-ViT tasks of "Model Merging on Loss Landscape: A Geometry Perspective".
 *
 * <pre>{@code
 * TaskSuite suite = TaskSuite.generate(SuiteSpec.regression().withHeterogeneity(1.5));
 * MergeProblem p = suite.problem();
 * TaskScores s = suite.evaluate(SubspaceMerge.epimer(p, 4).parameters());
 * }</pre>
 *
 * @param spec  how it was built
 * @param base  theta_0; not copied
 * @param tasks the fine-tuned tasks
 * @param finetunedTestLoss held-out loss of each task's own fine-tuned model; not copied
 * @param baseTestLoss      held-out loss of theta_0 on each task; not copied
 */
public record TaskSuite(SuiteSpec spec, double[] base, List<SyntheticTask> tasks, double[] finetunedTestLoss,
                        double[] baseTestLoss) {

    /** Builds and fine-tunes every task; deterministic for a given spec (seed included). */
    public static TaskSuite generate(SuiteSpec spec) {
        int d = spec.dimension();
        Memory.requireDoubles((long) spec.tasks() * (spec.trainSize() + spec.testSize() + 2L * d) * d, "synthetic task data");
        Rng rng = new Rng(spec.seed());
        double[] base = rng.gaussianVector(d);
        Vectors.scale(base, 1 / Math.sqrt(d));
        DMatrixRMaj shared = rng.orthonormal(d, spec.taskRank());
        List<SyntheticTask> tasks = new ArrayList<>();
        double[] ftLoss = new double[spec.tasks()];
        double[] baseLoss = new double[spec.tasks()];
        for (int t = 0; t < spec.tasks(); t++) {
            Interrupts.check();
            Rng r = rng.split();
            double[] truth = trueTaskVector(spec, shared, r);
            for (int i = 0; i < d; i++) {
                truth[i] += base[i];
            }
            DMatrixRMaj root = covarianceRoot(spec, r);
            DMatrixRMaj trainX = inputs(r, spec.trainSize(), root);
            DMatrixRMaj trainY = labels(spec, r, trainX, truth);
            DMatrixRMaj testX = inputs(r, spec.testSize(), root);
            DMatrixRMaj testY = labels(spec, r, testX, truth);
            FineTuning.Fit fit = FineTuning.fit(spec.kind(), trainX, trainY, base, spec.anchor());
            tasks.add(new SyntheticTask("task " + (t + 1), trainX, trainY, testX, testY, fit.theta(),
                    Curvature.full(fit.hessian()), fit.mu(), fit.iterations(), fit.converged()));
            ftLoss[t] = FineTuning.loss(spec.kind(), testX, testY, fit.theta());
            baseLoss[t] = FineTuning.loss(spec.kind(), testX, testY, base);
        }
        return new TaskSuite(spec, base, List.copyOf(tasks), ftLoss, baseLoss);
    }

    /** tau* = B w |tau| / sqrt(k) + a random vector of norm residual * |tau|. */
    private static double[] trueTaskVector(SuiteSpec spec, DMatrixRMaj shared, Rng r) {
        int k = spec.taskRank();
        double[] w = r.gaussianVector(k);
        double[] tau = CommonOps_DDRM.mult(shared, Matrices.column(w), null).data;
        Vectors.scale(tau, spec.taskNorm() / Math.sqrt(k));
        double[] off = r.gaussianVector(spec.dimension());
        Vectors.scale(off, spec.residual() * spec.taskNorm() / Vectors.norm(off));
        for (int i = 0; i < tau.length; i++) {
            tau[i] += off[i];
        }
        return tau;
    }

    /** Sigma^{1/2} = Q diag(sqrt(lambda)) Q^T, lambda_i proportional to exp(eta z_i) with mean 1. */
    private static DMatrixRMaj covarianceRoot(SuiteSpec spec, Rng r) {
        int d = spec.dimension();
        double[] z = r.gaussianVector(d);
        Arrays.sort(z); // ascending eigenvalues, as SymmetricEigen documents
        double[] lambda = new double[d];
        double sum = 0;
        for (int i = 0; i < d; i++) {
            lambda[i] = Math.exp(spec.heterogeneity() * z[i]);
            sum += lambda[i];
        }
        for (int i = 0; i < d; i++) {
            lambda[i] *= d / sum;
        }
        return Spd.apply(new SymmetricEigen(lambda, r.orthogonal(d)), Math::sqrt);
    }

    private static DMatrixRMaj inputs(Rng r, int n, DMatrixRMaj root) {
        return Products.mult(r.gaussian(n, root.numRows), root, null);
    }

    private static DMatrixRMaj labels(SuiteSpec spec, Rng r, DMatrixRMaj x, double[] theta) {
        DMatrixRMaj f = CommonOps_DDRM.mult(x, Matrices.column(theta), null);
        for (int i = 0; i < f.numRows; i++) {
            f.data[i] = spec.kind() == TaskKind.REGRESSION
                    ? f.data[i] + spec.noise() * r.gaussian()
                    : (r.uniform() < Activation.SIGMOID.apply(f.data[i]) ? 1 : 0);
        }
        return f;
    }

    /** The merging problem: base, fine-tuned parameters and full curvatures. */
    public MergeProblem problem() {
        int d = base.length;
        DMatrixRMaj thetas = new DMatrixRMaj(tasks.size(), d);
        for (int t = 0; t < tasks.size(); t++) {
            System.arraycopy(tasks.get(t).finetuned(), 0, thetas.data, t * d, d);
        }
        return MergeProblem.fromFinetuned(base, thetas, tasks.stream().map(SyntheticTask::curvature).toList())
                .withNames(tasks.stream().map(SyntheticTask::name).toList());
    }

    /** Held-out loss, excess over each task's own fine-tuned model, and accuracy of {@code parameters}. */
    public TaskScores evaluate(double[] parameters) {
        Matrices.requireLength("parameters", parameters, base.length);
        int n = tasks.size();
        double[] loss = new double[n];
        double[] excess = new double[n];
        double[] accuracy = new double[n];
        double[] gain = new double[n];
        for (int t = 0; t < n; t++) {
            Interrupts.check();
            SyntheticTask task = tasks.get(t);
            loss[t] = FineTuning.loss(spec.kind(), task.testX(), task.testY(), parameters);
            excess[t] = loss[t] - finetunedTestLoss[t];
            gain[t] = baseTestLoss[t] - finetunedTestLoss[t];
            accuracy[t] = spec.kind() == TaskKind.LOGISTIC ? FineTuning.accuracy(task.testX(), task.testY(), parameters) : Double.NaN;
        }
        return new TaskScores(loss, excess, accuracy, gain);
    }

    /**
     * The actual increase of each task's training objective J_t(theta) - J_t(theta_t) (loss plus
     * the L2-SP term), the quantity the quadratic model |theta - theta_t|^2_{H_t} / 2 approximates
     * (exactly, for regression).
     */
    public double[] objectiveExcess(double[] parameters) {
        Matrices.requireLength("parameters", parameters, base.length);
        double[] out = new double[tasks.size()];
        for (int t = 0; t < out.length; t++) {
            Interrupts.check();
            SyntheticTask task = tasks.get(t);
            out[t] = FineTuning.objective(spec.kind(), task.trainX(), task.trainY(), base, task.anchor(), parameters)
                    - FineTuning.objective(spec.kind(), task.trainX(), task.trainY(), base, task.anchor(), task.finetuned());
        }
        return out;
    }

    /** True when every task's fine-tuning converged. */
    public boolean converged() {
        return tasks.stream().allMatch(SyntheticTask::converged);
    }
}
