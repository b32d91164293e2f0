package lab.subspace.magics.mhanw;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * Synthetic regression data in which every head can estimate the same target: a latent
 * z ~ N(0, I_r) is seen through x = A z + keyNoise * xi in R^d (xi ~ N(0, I_d)), and
 * y = g(z) + labelNoise * eps with g(z) = sin z_1 + cos z_2 (sin z_1 when r = 1). A head whose
 * subspace catches part of A z sees a noisy view of z; heads on orthogonal subspaces see
 * independent key noise, which is what lets their errors decorrelate [reconstructed setting: the
 * paper's abstract fixes no data model].
 *
 * <p>Training sets carry key and label noise; query points are noise-free (x = A z, target g(z)).
 *
 * <pre>{@code
 * LatentViews data = LatentViews.spread(24, 2, 0.8, 2.0, new Rng(1));
 * LatentViews.Sample train = data.training(400, rng);
 * LatentViews.Sample test = data.queries(200, rng);
 * }</pre>
 *
 * @param embedding  A, d x r
 * @param keyNoise   standard deviation of the isotropic noise on training inputs
 * @param labelNoise standard deviation of the noise on training targets
 */
public record LatentViews(DMatrixRMaj embedding, double keyNoise, double labelNoise) {

    /**
     * @throws IllegalArgumentException for an empty or non-finite A, or a negative or non-finite noise level
     */
    public LatentViews {
        Matrices.requireNonEmpty("A", embedding);
        Matrices.requireFinite("A", embedding);
        if (!(keyNoise >= 0) || Double.isInfinite(keyNoise)) {
            throw new IllegalArgumentException("the key noise must be finite and >= 0 but is " + keyNoise);
        }
        if (!(labelNoise >= 0) || Double.isInfinite(labelNoise)) {
            throw new IllegalArgumentException("the label noise must be finite and >= 0 but is " + labelNoise);
        }
        embedding = embedding.copy();
    }

    /**
     * The latent spread evenly over R^d: A = signal sqrt(d / r) U with U a random d x r orthonormal
     * basis, key noise sqrt(1 - signal^2), so each coordinate of x has variance about 1, a share
     * signal^2 of it from z. A head of d_k random directions then sees z with a signal-to-noise ratio
     * growing like d_k.
     *
     * @param signal in (0, 1]
     */
    public static LatentViews spread(int dimension, int latent, double signal, double labelNoise, Rng rng) {
        if (latent < 1 || latent > dimension) {
            throw new IllegalArgumentException("need 1 <= r <= d but r = " + latent + " and d = " + dimension);
        }
        requireSignal(signal);
        DMatrixRMaj a = rng.orthonormal(dimension, latent);
        CommonOps_DDRM.scale(signal * Math.sqrt((double) dimension / latent), a);
        return new LatentViews(a, Math.sqrt(1 - signal * signal), labelNoise);
    }

    static void requireSignal(double signal) {
        if (!(signal > 0 && signal <= 1)) {
            throw new IllegalArgumentException("the signal share must be in (0, 1] but is " + signal);
        }
    }

    public int dimension() {
        return embedding.numRows;
    }

    public int latentDimension() {
        return embedding.numCols;
    }

    @Override
    public DMatrixRMaj embedding() {
        return embedding.copy();
    }

    /** g(z) = sin z_1 + cos z_2 (sin z_1 for a one-dimensional latent). */
    public static double target(double[] z, int offset, int r) {
        return r == 1 ? Math.sin(z[offset]) : Math.sin(z[offset]) + Math.cos(z[offset + 1]);
    }

    /** n noisy training pairs. */
    public Sample training(int n, Rng rng) {
        return draw(n, rng, true);
    }

    /** m noise-free query points with their targets g(z). */
    public Sample queries(int m, Rng rng) {
        return draw(m, rng, false);
    }

    private Sample draw(int n, Rng rng, boolean noisy) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of points must be positive but is " + n);
        }
        int r = latentDimension();
        DMatrixRMaj z = rng.gaussian(n, r);
        DMatrixRMaj x = CommonOps_DDRM.multTransB(z, embedding, null);
        double[] truth = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            if ((i & 1023) == 0) {
                Interrupts.check();
            }
            truth[i] = target(z.data, i * r, r);
            y[i] = noisy ? truth[i] + labelNoise * rng.gaussian() : truth[i];
        }
        if (noisy && keyNoise > 0) {
            for (int k = 0; k < x.data.length; k++) {
                x.data[k] += keyNoise * rng.gaussian();
            }
        }
        return new Sample(x, y, truth);
    }

    /**
     * Points drawn from the model.
     *
     * @param x      n x d inputs
     * @param y      n targets (noisy for training sets, = truth for queries)
     * @param truth  n noise-free targets g(z)
     */
    public record Sample(DMatrixRMaj x, double[] y, double[] truth) {

        public int size() {
            return y.length;
        }

        /** The first n points (training sets of growing size share their prefix). */
        public Sample head(int n) {
            if (n < 1 || n > size()) {
                throw new IllegalArgumentException("cannot take the first " + n + " of " + size() + " points");
            }
            DMatrixRMaj sub = CommonOps_DDRM.extract(x, 0, n, 0, x.numCols);
            return new Sample(sub, java.util.Arrays.copyOf(y, n), java.util.Arrays.copyOf(truth, n));
        }
    }
}
