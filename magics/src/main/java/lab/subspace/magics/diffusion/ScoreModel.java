package lab.subspace.magics.diffusion;

import org.ejml.data.DMatrixRMaj;

/**
 * A score model s(x, t) ~ grad log p_t(x) for the forward process of {@link ForwardProcess}
 * (x_t = a_t x_0 + s_t xi). Implement it to run the sampler and the rate experiment with your own
 * fitted score (a network trained by denoising score matching, a closed form, ...).
 *
 * <p>Only {@link #score} is required; {@link #denoise} (the posterior mean E[x_0 | x_t = x], by
 * Tweedie's formula) is what the samplers call, and implementations that predict x_0 directly may
 * override it.
 *
 * <pre>{@code
 * ScoreModel gaussian = (x, t) -> {                   // the exact score of N(0, I): -x
 *     DMatrixRMaj s = x.copy();
 *     CommonOps_DDRM.scale(-1, s);
 *     return s;
 * };
 * Generated g = DiffusionSampler.sample(gaussian, 500, 10, SamplerOptions.defaults(0.01), 7L);
 * }</pre>
 */
@FunctionalInterface
public interface ScoreModel {

    /**
     * The score at each row of x.
     *
     * @param x m x D points (rows); not modified
     * @param t time &gt; 0
     * @return a new m x D matrix
     */
    DMatrixRMaj score(DMatrixRMaj x, double t);

    /**
     * E[x_0 | x_t = x] = (x + s_t^2 score(x, t)) / a_t (Tweedie's formula).
     *
     * @param x m x D points; not modified
     * @return a new m x D matrix
     */
    default DMatrixRMaj denoise(DMatrixRMaj x, double t) {
        DMatrixRMaj s = score(x, t);
        if (s == null || s.numRows != x.numRows || s.numCols != x.numCols) {
            throw new IllegalArgumentException("the score model returned " + (s == null ? "null" : s.numRows + " x " + s.numCols)
                    + " for " + x.numRows + " x " + x.numCols + " points at t = " + t);
        }
        double a = ForwardProcess.alpha(t);
        double s2 = ForwardProcess.variance(t);
        DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
        for (int k = 0; k < out.data.length; k++) {
            out.data[k] = (x.data[k] + s2 * s.data[k]) / a;
        }
        return out;
    }
}
