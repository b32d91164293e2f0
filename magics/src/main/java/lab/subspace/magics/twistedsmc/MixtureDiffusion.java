package lab.subspace.magics.twistedsmc;

/**
 * A DDPM whose data are a {@link Mixture}, so its score is exact: x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) xi,
 * and the marginal at step t is the mixture with means sqrt(abar_t) mu_j and covariances
 * abar_t S_j + (1 - abar_t) I. The reverse (base) kernel is the ancestral DDPM step
 * p(x_{t-1} | x_t) = N((x_t + beta_t score_t(x_t)) / sqrt(1 - beta_t), beta_t I), t = T ... 1, from
 * x_T ~ N(0, I). The schedule discretises the VP SDE (beta(s) = 0.1 + 19.9 s on s in [0, 1]):
 * abar_t = exp(-int_0^{t/T} beta(s) ds), so abar_T = e^{-10.05} and x_T is N(0, I) to 4e-5.
 *
 * <pre>{@code
 * MixtureDiffusion model = new MixtureDiffusion(Mixture.bimodal1d(), 50);
 * double[] mean = new double[1];
 * model.kernelMean(50, new double[] {0.3}, 0, mean);      // E[x_49 | x_50 = 0.3]
 * }</pre>
 */
public final class MixtureDiffusion {

    private final Mixture data;
    private final int steps;
    private final int d;
    private final double[] alphaBar;
    private final double[] beta;
    // per step t and component j: scaled mean, precision, log weight - 1/2 log det
    private final double[][][] means;
    private final double[][][] precisions;
    private final double[][] logNorms;

    /**
     * @param data  the data distribution
     * @param steps T &gt;= 2
     */
    public MixtureDiffusion(Mixture data, int steps) {
        if (steps < 2) {
            throw new IllegalArgumentException("the diffusion needs at least 2 steps but got " + steps);
        }
        this.data = data;
        this.steps = steps;
        this.d = data.dimension();
        int k = data.components();
        alphaBar = new double[steps + 1];
        beta = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            double s = (double) t / steps;
            alphaBar[t] = Math.exp(-(0.1 * s + 0.5 * 19.9 * s * s));
            if (t > 0) {
                beta[t] = -Math.expm1(Math.log(alphaBar[t]) - Math.log(alphaBar[t - 1]));
            }
        }
        means = new double[steps + 1][k][d];
        precisions = new double[steps + 1][k][];
        logNorms = new double[steps + 1][k];
        for (int t = 0; t <= steps; t++) {
            double a = alphaBar[t];
            for (int j = 0; j < k; j++) {
                double[] mu = data.mean(j);
                double[] cov = data.covarianceData(j).clone();
                for (int i = 0; i < d * d; i++) {
                    cov[i] *= a;
                }
                for (int i = 0; i < d; i++) {
                    means[t][j][i] = Math.sqrt(a) * mu[i];
                    cov[i * d + i] += 1 - a;
                }
                double[] l = SmallSpd.requireCholesky("marginal covariance", cov, d);
                precisions[t][j] = SmallSpd.inverse(l, d);
                logNorms[t][j] = Math.log(data.weight(j)) - 0.5 * SmallSpd.logDet(l, d);
            }
        }
    }

    public Mixture data() {
        return data;
    }

    /** T. */
    public int steps() {
        return steps;
    }

    public int dimension() {
        return d;
    }

    /** abar_t for t = 0 ... T (abar_0 = 1). */
    public double alphaBar(int t) {
        return alphaBar[t];
    }

    /** beta_t = 1 - abar_t / abar_{t-1}, the variance of the reverse step t -&gt; t-1 (t = 1 ... T). */
    public double beta(int t) {
        if (t < 1 || t > steps) {
            throw new IllegalArgumentException("step t must be in [1, " + steps + "] but is " + t);
        }
        return beta[t];
    }

    /** Writes the exact score grad log p_t(x) of the point x[off .. off + d) into out[0 .. d). */
    public void score(int t, double[] x, int off, double[] out) {
        int k = means[t].length;
        double[] lp = new double[k];
        double[][] g = new double[k][d];
        double[] r = new double[d];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < d; i++) {
                r[i] = x[off + i] - means[t][j][i];
            }
            SmallSpd.multiply(precisions[t][j], r, 0, g[j], d);
            double q = 0;
            for (int i = 0; i < d; i++) {
                q += r[i] * g[j][i];
            }
            lp[j] = logNorms[t][j] - 0.5 * q;
            max = Math.max(max, lp[j]);
        }
        double total = 0;
        for (int j = 0; j < k; j++) {
            lp[j] = Math.exp(lp[j] - max);
            total += lp[j];
        }
        for (int i = 0; i < d; i++) {
            out[i] = 0;
        }
        for (int j = 0; j < k; j++) {
            double w = lp[j] / total;
            for (int i = 0; i < d; i++) {
                out[i] -= w * g[j][i];
            }
        }
    }

    /** The mean of the base kernel p(x_{t-1} | x_t): (x_t + beta_t score_t(x_t)) / sqrt(1 - beta_t). */
    public void kernelMean(int t, double[] x, int off, double[] out) {
        score(t, x, off, out);
        double b = beta(t);
        double c = 1 / Math.sqrt(1 - b);
        for (int i = 0; i < d; i++) {
            out[i] = c * (x[off + i] + b * out[i]);
        }
    }

    /** Tweedie's denoiser E[x_0 | x_t] = (x_t + (1 - abar_t) score_t(x_t)) / sqrt(abar_t). */
    public void denoise(int t, double[] x, int off, double[] out) {
        score(t, x, off, out);
        double a = alphaBar[t];
        for (int i = 0; i < d; i++) {
            out[i] = (x[off + i] + (1 - a) * out[i]) / Math.sqrt(a);
        }
    }
}
