package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.random.Rng;

/**
 * A single-index teacher: x ~ N(0, I_d), y = link(beta^T x) + noise * N(0, 1), with |beta| = 1.
 *
 * <pre>{@code
 * SingleIndexTarget t = SingleIndexTarget.random(50, Activation.RELU, 0.1, 1L);
 * Sample s = t.sample(2000, 2L);     // X (2000 x 50), y, beta^T x
 * }</pre>
 *
 * @param beta  unit index direction (length d); not copied
 * @param link  the link function sigma_*
 * @param noise standard deviation of the additive label noise (&gt;= 0)
 */
public record SingleIndexTarget(double[] beta, Activation link, double noise) {

    public SingleIndexTarget {
        if (beta == null || beta.length == 0) {
            throw new IllegalArgumentException("beta must have at least one entry");
        }
        Matrices.requireFinite("beta", beta);
        double norm = Math.sqrt(Vectors.dot(beta, beta));
        if (Math.abs(norm - 1) > 1e-9) {
            throw new IllegalArgumentException("beta must have unit norm but |beta| = " + norm);
        }
        if (link == null) {
            throw new IllegalArgumentException("link must not be null");
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be finite and >= 0 but is " + noise);
        }
    }

    /** A uniformly random direction beta in R^d. */
    public static SingleIndexTarget random(int d, Activation link, double noise, long seed) {
        if (d < 1) {
            throw new IllegalArgumentException("dimension d must be >= 1 but is " + d);
        }
        return new SingleIndexTarget(new Rng(seed).unitVector(d), link, noise);
    }

    /** Input dimension d. */
    public int dimension() {
        return beta.length;
    }

    /** n fresh samples. */
    public Sample sample(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("number of samples must be >= 1 but is " + n);
        }
        Rng rng = new Rng(seed);
        DMatrixRMaj x = rng.gaussian(n, dimension());
        double[] z = Vectors.times(x, beta);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = link.apply(z[i]) + noise * rng.gaussian();
        }
        return new Sample(x, y);
    }
}
