package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;

/**
 * Draws GP regression tasks on the unit torus [0, 1)^dx: uniform context and target inputs, a
 * function f ~ GP(0, k) at the contexts, labels y = f + noise, and the exact GP conditional - the
 * "many context sets" a neural process is trained across.
 *
 * <pre>{@code
 * TaskSampler s = new TaskSampler(new PeriodicKernel(Kernel.of("se", 0.2, 1, 1)), 0.1, 16);
 * Task t = s.sample(32, new Rng(1));
 * Marginals gp = t.gp();
 * }</pre>
 */
public final class TaskSampler {

    /** Relative jitter that keeps the Cholesky factor of a smooth kernel's Gram matrix defined. */
    static final double JITTER = 1e-9;

    private final Covariance kernel;
    private final double noise;
    private final int targets;

    /**
     * @param kernel  the prior covariance (inputs on [0, 1)^dx)
     * @param noise   observation noise standard deviation (&gt; 0)
     * @param targets target points per task (&gt;= 1)
     */
    public TaskSampler(Covariance kernel, double noise, int targets) {
        if (!(noise > 0) || !Double.isFinite(noise)) {
            throw new IllegalArgumentException("the noise standard deviation must be positive and finite but is " + noise);
        }
        if (targets < 1) {
            throw new IllegalArgumentException("need at least 1 target per task but got " + targets);
        }
        this.kernel = kernel;
        this.noise = noise;
        this.targets = targets;
    }

    public Covariance kernel() {
        return kernel;
    }

    /** Noise standard deviation. */
    public double noise() {
        return noise;
    }

    /** A task with n uniform contexts and labels y = f + noise. */
    public Task sample(int n, Rng rng) {
        if (n < 1) {
            throw new IllegalArgumentException("a task needs at least 1 context point but n = " + n);
        }
        int dx = kernel.inputDimension();
        DMatrixRMaj xc = rng.uniform(n, dx, 0, 1);
        DMatrixRMaj xt = rng.uniform(targets, dx, 0, 1);
        Conditional exact = Conditional.of(kernel, xc, xt, noise * noise, true);
        double[] f = function(xc, rng);
        return new Task(xc, addNoise(f, rng), xt, exact);
    }

    /** f ~ GP(0, k) at the rows of x (a Cholesky factor of K + jitter times a Gaussian vector). */
    public double[] function(DMatrixRMaj x, Rng rng) {
        DMatrixRMaj k = kernel.matrix(x, x);
        double scale = 0;
        for (int i = 0; i < k.numRows; i++) {
            scale = Math.max(scale, k.unsafe_get(i, i));
        }
        for (int i = 0; i < k.numRows; i++) {
            k.add(i, i, JITTER * scale);
        }
        DMatrixRMaj l = Conditional.cholesky("K + jitter", k);
        double[] z = rng.gaussianVector(x.numRows);
        double[] f = new double[x.numRows];
        for (int i = 0; i < f.length; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) {
                s += l.unsafe_get(i, j) * z[j];
            }
            f[i] = s;
        }
        return f;
    }

    /** f + noise, a fresh noise draw. */
    public double[] addNoise(double[] f, Rng rng) {
        double[] y = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            y[i] = f[i] + noise * rng.gaussian();
        }
        return y;
    }
}
