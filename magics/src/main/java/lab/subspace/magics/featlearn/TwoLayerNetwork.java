package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.linalg.Gram;
import lab.subspace.numerics.linalg.Products;
import lab.subspace.numerics.nn.Activation;
import lab.subspace.numerics.random.Rng;

/**
 * The two-layer network f(x) = (1/N) sum_j a_j sigma(w_j^T x) of "How does feature learning
 * reshape the function space?", with first-layer rows w_j ~ N(0, I/d) and second layer
 * a_j ~ N(0, 1) at initialisation. The 1/N output scale keeps f = O(1/sqrt N) at initialisation,
 * so the first gradient is driven by the target (Ba et al. 2022 use a 1/sqrt N second layer for
 * the same reason).
 *
 * <p>{@link #gradientStep} takes one full-batch gradient step of the squared loss on W with the
 * proportional-regime step: learning rate eta * N, so that each row moves by O(1), as much as its
 * own norm:
 * w_j &lt;- w_j + eta a_j (1/n) sum_i (y_i - f(x_i)) sigma'(w_j^T x_i) x_i.
 * To leading order the update is the rank-one matrix eta mu_1 a (X^T y / n)^T ~ eta mu_1 c_1 a beta^T
 * (mu_1 = E sigma'(g), c_1 = E[sigma_*(g) g]), which turns N(0, I/d) into the spiked law
 * N(0, I/d + theta^2 beta beta^T) with theta = eta mu_1 c_1.
 *
 * <pre>{@code
 * TwoLayerNetwork net = TwoLayerNetwork.random(50, 500, Activation.RELU, 1L);
 * TwoLayerNetwork after = net.gradientStep(sample.x(), sample.y(), 6.0);
 * DMatrixRMaj phi = after.features(probe.x());           // n x N, sigma(X W^T)
 * }</pre>
 *
 * @param w          N x d first-layer weights (rows are neurons); not copied
 * @param a          N second-layer weights; not copied
 * @param activation sigma
 */
public record TwoLayerNetwork(DMatrixRMaj w, double[] a, Activation activation) {

    public TwoLayerNetwork {
        Matrices.requireNonEmpty("W", w);
        Matrices.requireFinite("W", w);
        Matrices.requireFinite("a", a);
        if (a.length != w.numRows) {
            throw new IllegalArgumentException("W has " + w.numRows + " rows (neurons) but a has " + a.length + " entries");
        }
        if (activation == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
    }

    /** w_j ~ N(0, I/d), a_j ~ N(0, 1). */
    public static TwoLayerNetwork random(int d, int width, Activation activation, long seed) {
        if (d < 1 || width < 1) {
            throw new IllegalArgumentException("dimension d and width N must be >= 1 but are " + d + " and " + width);
        }
        Memory.requireMatrices(width, d, 1, "first-layer weights");
        Rng rng = new Rng(seed);
        DMatrixRMaj w = rng.gaussian(width, d, 1 / Math.sqrt(d));
        return new TwoLayerNetwork(w, rng.gaussianVector(width), activation);
    }

    /** Number of neurons N. */
    public int width() {
        return w.numRows;
    }

    /** Input dimension d. */
    public int dimension() {
        return w.numCols;
    }

    /** Features sigma(X W^T): n x N, a new matrix. */
    public DMatrixRMaj features(DMatrixRMaj x) {
        requireInputs(x);
        Memory.requireMatrices(x.numRows, width(), 1, "features");
        DMatrixRMaj z = Products.multTransB(x, w, null);
        for (int k = 0; k < z.data.length; k++) {
            z.data[k] = activation.apply(z.data[k]);
        }
        return z;
    }

    /** f(x_i) for every row of X. */
    public double[] predict(DMatrixRMaj x) {
        double[] f = Vectors.times(features(x), a);
        for (int i = 0; i < f.length; i++) {
            f[i] /= width();
        }
        return f;
    }

    /**
     * One full-batch gradient step on W (a stays fixed), with learning rate eta * N.
     *
     * @return the network after the step (this one is not modified)
     */
    public TwoLayerNetwork gradientStep(DMatrixRMaj x, double[] y, double eta) {
        requireInputs(x);
        Matrices.requireFinite("y", y);
        if (y.length != x.numRows) {
            throw new IllegalArgumentException("X has " + x.numRows + " rows but y has " + y.length + " entries");
        }
        if (!(eta >= 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("step size eta must be finite and >= 0 but is " + eta);
        }
        int n = x.numRows;
        int width = width();
        Memory.requireMatrices(n, width, 2, "pre-activations and their derivatives");
        DMatrixRMaj z = Products.multTransB(x, w, null);
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            int off = i * width;
            double s = 0;
            for (int j = 0; j < width; j++) {
                double act = activation.apply(z.data[off + j]);
                s += a[j] * act;
                // keep sigma'(z) in place of z for the gradient below
                z.data[off + j] = activation.derivative(z.data[off + j], act);
            }
            f[i] = s / width;
        }
        Interrupts.check();
        for (int i = 0; i < n; i++) {
            double r = y[i] - f[i];
            int off = i * width;
            for (int j = 0; j < width; j++) {
                z.data[off + j] *= r;
            }
        }
        DMatrixRMaj g = Products.multTransA(z, x, null); // N x d: sum_i r_i sigma'(z_ij) x_i
        DMatrixRMaj next = w.copy();
        int d = dimension();
        for (int j = 0; j < width; j++) {
            double scale = eta * a[j] / n;
            for (int k = 0; k < d; k++) {
                next.data[j * d + k] += scale * g.data[j * d + k];
            }
        }
        return new TwoLayerNetwork(next, a, activation);
    }

    /** The weights' second-moment matrix W^T W / N (d x d): the covariance of a random neuron. */
    public DMatrixRMaj weightCovariance() {
        DMatrixRMaj c = Gram.ofColumns(w);
        for (int k = 0; k < c.data.length; k++) {
            c.data[k] /= width();
        }
        return c;
    }

    private void requireInputs(DMatrixRMaj x) {
        Matrices.requireNonEmpty("X", x);
        Matrices.requireFinite("X", x);
        if (x.numCols != dimension()) {
            throw new IllegalArgumentException("X has " + x.numCols + " columns but the network's input dimension is "
                    + dimension());
        }
    }
}
