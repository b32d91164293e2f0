package lab.subspace.magics.merge;

/**
 * How to build a synthetic merging suite: T linear (or logistic) tasks sharing a base theta_0 in
 * R^d, whose true task vectors lie mostly in a shared {@code taskRank}-dimensional subspace (plus a
 * {@code residual} fraction outside it), and whose input covariances Sigma_t = Q_t diag(lambda_t) Q_t^T
 * have random eigenbases and log-normal spectra lambda_ti ~ exp(eta z_i) rescaled to mean 1:
 * eta = {@code heterogeneity} = 0 gives identical isotropic Hessians, larger eta more anisotropic
 * and more different ones. Each task is fine-tuned from theta_0 with an L2 pull towards it
 * (L2-SP) of strength {@code anchor} times its mean curvature at theta_0.
 *
 * <pre>{@code
 * SuiteSpec spec = SuiteSpec.regression().withHeterogeneity(1.5).withSeed(7);
 * TaskSuite suite = TaskSuite.generate(spec);
 * }</pre>
 *
 * @param kind          regression or logistic
 * @param tasks         T &gt;= 2
 * @param dimension     d &gt;= 2
 * @param taskRank      dimension of the shared subspace holding the task vectors, in [1, d]
 * @param residual      norm of each task vector's part outside that subspace, relative to taskNorm (&gt;= 0)
 * @param taskNorm      norm of the in-subspace part of the true task vectors (&gt; 0)
 * @param heterogeneity eta &gt;= 0, the spread of log-eigenvalues of the input covariances
 * @param anchor        L2-SP strength relative to the mean curvature at theta_0 (&gt;= 0; &gt; 0 for logistic tasks)
 * @param trainSize     training samples per task (&gt;= 2)
 * @param testSize      held-out samples per task (&gt;= 1)
 * @param noise         label noise standard deviation of regression tasks (&gt;= 0)
 * @param seed          random seed
 */
public record SuiteSpec(TaskKind kind, int tasks, int dimension, int taskRank, double residual, double taskNorm,
                        double heterogeneity, double anchor, int trainSize, int testSize, double noise, long seed) {

    public SuiteSpec {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (tasks < 2) {
            throw new IllegalArgumentException("a merge needs at least 2 tasks but tasks = " + tasks);
        }
        if (dimension < 2) {
            throw new IllegalArgumentException("dimension must be >= 2 but is " + dimension);
        }
        if (taskRank < 1 || taskRank > dimension) {
            throw new IllegalArgumentException("taskRank must be in [1, " + dimension + "] but is " + taskRank);
        }
        requireNonNegative("residual", residual);
        requireNonNegative("heterogeneity", heterogeneity);
        requireNonNegative("anchor", anchor);
        requireNonNegative("noise", noise);
        if (!(taskNorm > 0) || Double.isInfinite(taskNorm)) {
            throw new IllegalArgumentException("taskNorm must be finite and > 0 but is " + taskNorm);
        }
        if (heterogeneity > 10) {
            throw new IllegalArgumentException("heterogeneity must be <= 10 (eigenvalue spread exp(10 z)) but is " + heterogeneity);
        }
        if (kind == TaskKind.LOGISTIC && !(anchor > 0)) {
            throw new IllegalArgumentException("logistic tasks need anchor > 0 (separable data have no finite maximum-likelihood fit)");
        }
        if (trainSize < 2 || testSize < 1) {
            throw new IllegalArgumentException("trainSize must be >= 2 and testSize >= 1 but are " + trainSize + " and " + testSize);
        }
    }

    private static void requireNonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 but is " + v);
        }
    }

    /** Default L2-SP strength (relative to the mean curvature at the base), as in {@code %merge}. */
    public static final double DEFAULT_ANCHOR = 0.2;

    /** Default heterogeneity eta, as in {@code %merge compare}. */
    public static final double DEFAULT_HETEROGENEITY = 2.0;

    /** 8 regression tasks in R^50 (the defaults of {@code %merge compare}). */
    public static SuiteSpec regression() {
        return new SuiteSpec(TaskKind.REGRESSION, 8, 50, 4, 0.3, 2.0, DEFAULT_HETEROGENEITY, DEFAULT_ANCHOR, 500, 2000, 0.5, 0);
    }

    /** 8 logistic-regression tasks in R^50. */
    public static SuiteSpec logistic() {
        return regression().withKind(TaskKind.LOGISTIC);
    }

    public SuiteSpec withKind(TaskKind k) {
        return new SuiteSpec(k, tasks, dimension, taskRank, residual, taskNorm, heterogeneity, anchor, trainSize, testSize, noise, seed);
    }

    public SuiteSpec withTasks(int t) {
        return new SuiteSpec(kind, t, dimension, taskRank, residual, taskNorm, heterogeneity, anchor, trainSize, testSize, noise, seed);
    }

    public SuiteSpec withDimension(int d) {
        return new SuiteSpec(kind, tasks, d, taskRank, residual, taskNorm, heterogeneity, anchor, trainSize, testSize, noise, seed);
    }

    public SuiteSpec withTaskRank(int k) {
        return new SuiteSpec(kind, tasks, dimension, k, residual, taskNorm, heterogeneity, anchor, trainSize, testSize, noise, seed);
    }

    public SuiteSpec withResidual(double r) {
        return new SuiteSpec(kind, tasks, dimension, taskRank, r, taskNorm, heterogeneity, anchor, trainSize, testSize, noise, seed);
    }

    public SuiteSpec withHeterogeneity(double eta) {
        return new SuiteSpec(kind, tasks, dimension, taskRank, residual, taskNorm, eta, anchor, trainSize, testSize, noise, seed);
    }

    public SuiteSpec withAnchor(double a) {
        return new SuiteSpec(kind, tasks, dimension, taskRank, residual, taskNorm, heterogeneity, a, trainSize, testSize, noise, seed);
    }

    public SuiteSpec withSizes(int train, int test) {
        return new SuiteSpec(kind, tasks, dimension, taskRank, residual, taskNorm, heterogeneity, anchor, train, test, noise, seed);
    }

    public SuiteSpec withSeed(long s) {
        return new SuiteSpec(kind, tasks, dimension, taskRank, residual, taskNorm, heterogeneity, anchor, trainSize, testSize, noise, s);
    }
}
