package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * Sequential Monte Carlo over the reverse diffusion with Gaussian-twisted proposals
 * q_t(x_{t-1} | x_t) = p(x_{t-1} | x_t) psi_{t-1}(x_{t-1}) / Zhat_{t-1}(x_t) and potentials G_t. The
 * incremental weight of a move x_t -&gt; y is Zhat_{t-1}(x_t) G_{t-1}(y) / (psi_{t-1}(y) G_t(x_t)), so the
 * product over a path telescopes to p(x_{0:T}) exp(r(x_0) / beta) / q(x_{0:T}), and the running product
 * of mean weights is an unbiased estimate of Z. Resampling is systematic, when ESS / N falls below a
 * threshold.
 */
final class SmcEngine {

    /** What one run leaves: final particles and weights, ESS per step, log Z, and (optionally) the paths. */
    static final class Output {
        double[] x0;
        double[] logWeights;
        double[] ess;
        double logZ;
        int resamplings;
        double[][] paths;
    }

    private SmcEngine() {
    }

    /**
     * @param threshold resample when ESS / N &lt; threshold (0 = never: importance sampling of whole paths)
     * @param keepPaths keep x_t of every particle for every t (for the twist fit)
     */
    static Output run(AlignmentProblem problem, GaussianTwist proposal, Potential potential, int n, double threshold,
            boolean keepPaths, Rng rng) {
        MixtureDiffusion model = problem.model();
        int d = model.dimension();
        int steps = model.steps();
        if (proposal.steps() != steps || proposal.dimension() != d) {
            throw new IllegalArgumentException("the twist has T = " + proposal.steps() + ", d = " + proposal.dimension()
                    + " but the problem has T = " + steps + ", d = " + d);
        }
        if (n < 1) {
            throw new IllegalArgumentException("the number of particles must be >= 1 but is " + n);
        }
        // the paths hold (T + 1) n d doubles, plus a few n d working arrays
        Memory.requireDoubles((long) (keepPaths ? steps + 4 : 3) * n * d, n + " particles over " + steps + " steps");
        Output out = new Output();
        out.ess = new double[steps + 1];
        out.paths = keepPaths ? new double[steps + 1][] : null;
        double[] x = new double[n * d];
        double[] logw = new double[n];
        double[] logG = new double[n];
        double[] m = new double[d];
        double[] y = new double[d];
        double[] scratch = new double[d];
        double[] zero = new double[d];

        TwistedKernel k = new TwistedKernel(proposal, steps, 1.0, d);
        double logZhat = k.logNormaliser(zero, scratch);
        for (int i = 0; i < n; i++) {
            k.sample(rng, scratch, x, i * d);
            logG[i] = potential.log(steps, x, i * d, scratch);
            logw[i] = logZhat - proposal.logValue(steps, x, i * d) + logG[i];
        }
        out.ess[steps] = essFraction(logw);
        record(out, steps, x, keepPaths);
        double logZ = 0;
        int[] ancestors = new int[n];
        for (int t = steps; t >= 1; t--) {
            Interrupts.check();
            if (threshold > 0 && out.ess[t] < threshold) {
                logZ += logMeanExp(logw);
                systematic(logw, rng, ancestors);
                x = reorder(x, ancestors, d);
                logG = reorder(logG, ancestors, 1);
                if (keepPaths) {
                    for (int s = t; s <= steps; s++) {
                        out.paths[s] = reorder(out.paths[s], ancestors, d);
                    }
                }
                java.util.Arrays.fill(logw, 0);
                out.resamplings++;
            }
            double sigma2 = model.beta(t);
            k = new TwistedKernel(proposal, t - 1, sigma2, d);
            double[] next = new double[n * d];
            for (int i = 0; i < n; i++) {
                model.kernelMean(t, x, i * d, m);
                double lz = k.logNormaliser(m, scratch);
                k.sample(rng, y, next, i * d);
                double g = t - 1 == 0 ? problem.logTilt(next, i * d, scratch) : potential.log(t - 1, next, i * d, scratch);
                logw[i] += lz - proposal.logValue(t - 1, next, i * d) + g - logG[i];
                logG[i] = g;
            }
            x = next;
            out.ess[t - 1] = essFraction(logw);
            record(out, t - 1, x, keepPaths);
        }
        out.logZ = logZ + logMeanExp(logw);
        out.x0 = x;
        out.logWeights = logw;
        return out;
    }

    private static void record(Output out, int t, double[] x, boolean keep) {
        if (keep) {
            out.paths[t] = x;
        }
    }

    /** ESS / N of unnormalised log weights ((sum w)^2 / sum w^2 / N). */
    static double essFraction(double[] logw) {
        double max = max(logw);
        if (max == Double.NEGATIVE_INFINITY || Double.isNaN(max)) {
            return 0;
        }
        double s = 0;
        double s2 = 0;
        for (double l : logw) {
            double w = Math.exp(l - max);
            s += w;
            s2 += w * w;
        }
        return s * s / s2 / logw.length;
    }

    static double logMeanExp(double[] logw) {
        double max = max(logw);
        if (max == Double.NEGATIVE_INFINITY || Double.isNaN(max)) {
            return max;
        }
        double s = 0;
        for (double l : logw) {
            s += Math.exp(l - max);
        }
        return max + Math.log(s / logw.length);
    }

    /** Normalised weights exp(scale * logw) / sum. */
    static double[] normalised(double[] logw, double scale) {
        double max = Double.NEGATIVE_INFINITY;
        for (double l : logw) {
            max = Math.max(max, scale * l);
        }
        double[] w = new double[logw.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(scale * logw[i] - max);
            s += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= s;
        }
        return w;
    }

    private static double max(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : a) {
            if (Double.isNaN(v)) {
                return Double.NaN;
            }
            m = Math.max(m, v);
        }
        return m;
    }

    /** Systematic resampling: one uniform u, ancestors at the quantiles (u + i) / N of the weights. */
    static void systematic(double[] logw, Rng rng, int[] ancestors) {
        int n = logw.length;
        double[] w = normalised(logw, 1);
        double u = rng.uniform();
        double acc = w[0];
        int j = 0;
        for (int i = 0; i < n; i++) {
            double p = (u + i) / n;
            while (p > acc && j < n - 1) {
                j++;
                acc += w[j];
            }
            ancestors[i] = j;
        }
    }

    private static double[] reorder(double[] a, int[] ancestors, int d) {
        double[] out = new double[a.length];
        for (int i = 0; i < ancestors.length; i++) {
            System.arraycopy(a, ancestors[i] * d, out, i * d, d);
        }
        return out;
    }
}
