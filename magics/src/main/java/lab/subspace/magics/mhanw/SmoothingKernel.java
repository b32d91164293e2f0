package lab.subspace.magics.mhanw;

/**
 * A Nadaraya-Watson smoothing kernel K(q, k), given by its logarithm so that weights can be
 * formed as a softmax (shifted by the row maximum, free of overflow).
 *
 * <pre>{@code
 * SmoothingKernel attention = SmoothingKernel.exponential(Math.sqrt(dk));  // exp(<q, k> / sqrt(d_k))
 * SmoothingKernel gauss = SmoothingKernel.gaussian(0.5);                   // exp(-|q - k|^2 / (2 * 0.25))
 * }</pre>
 */
@FunctionalInterface
public interface SmoothingKernel {

    /**
     * log K(q, k) for the vectors {@code q[qOffset .. qOffset + dim)} and {@code k[kOffset .. kOffset + dim)}.
     * Must not modify the arrays.
     */
    double log(double[] q, int qOffset, double[] k, int kOffset, int dim);

    /**
     * The kernel of softmax attention, exp(&lt;q, k&gt; / temperature); temperature sqrt(d_k) gives
     * {@code softmax(Q K^T / sqrt(d_k))}.
     */
    static SmoothingKernel exponential(double temperature) {
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("the temperature must be positive and finite but is " + temperature);
        }
        double inv = 1 / temperature;
        return (q, qo, k, ko, dim) -> {
            double dot = 0;
            for (int j = 0; j < dim; j++) {
                dot += q[qo + j] * k[ko + j];
            }
            return dot * inv;
        };
    }

    /**
     * The Gaussian kernel exp(-|q - k|^2 / (2 b^2)). In a softmax the |q|^2 term cancels, so this is
     * attention with scores &lt;q, k&gt; / b^2 minus a key-norm bias |k|^2 / (2 b^2).
     */
    static SmoothingKernel gaussian(double bandwidth) {
        if (!(bandwidth > 0) || Double.isInfinite(bandwidth)) {
            throw new IllegalArgumentException("the bandwidth must be positive and finite but is " + bandwidth);
        }
        double scale = -0.5 / (bandwidth * bandwidth);
        return (q, qo, k, ko, dim) -> {
            double s = 0;
            for (int j = 0; j < dim; j++) {
                double t = q[qo + j] - k[ko + j];
                s += t * t;
            }
            return s * scale;
        };
    }
}
