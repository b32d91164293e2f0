package lab.subspace.magics.twistedsmc;

/**
 * One SMC run: the weighted particles at t = 0 and the diagnostics.
 *
 * @param samples        x_0 of each particle (n x d)
 * @param weights        normalised final weights
 * @param ess            ESS / N after the reweighting at each step, indexed by t = 0 ... T
 * @param logNormaliser  the SMC estimate of log Z = log E_p[exp(r(x_0) / beta)]
 * @param resamplings    how many times the particles were resampled
 * @param meanReward     the weighted mean of r(x_0)
 */
public record SmcRun(double[][] samples, double[] weights, double[] ess, double logNormaliser, int resamplings, double meanReward) {

    public SmcRun {
        samples = deepCopy(samples);
        weights = weights.clone();
        ess = ess.clone();
    }

    @Override
    public double[][] samples() {
        return deepCopy(samples);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] ess() {
        return ess.clone();
    }

    /** ESS / N averaged over the steps t = 0 ... T. */
    public double meanEss() {
        double s = 0;
        for (double e : ess) {
            s += e;
        }
        return s / ess.length;
    }

    /** The smallest ESS / N over the steps. */
    public double minEss() {
        double m = Double.POSITIVE_INFINITY;
        for (double e : ess) {
            m = Math.min(m, e);
        }
        return m;
    }

    /** Plug-in KL(weighted particles || tilted target) on the problem's grid (d &lt;= 2). */
    public double kl(AlignmentProblem problem) {
        return problem.target().kl(samples, weights);
    }

    static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
