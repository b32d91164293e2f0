package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * Trust-region iterative twisted SMC (TRI-TSMC) for inference-time alignment of a diffusion model, and
 * its baselines. After "Inference-Time Alignment of Diffusion Models via Trust-Region Iterative Twisted
 * Sequential Monte Carlo" (reconstructed from the abstract): the target path law is
 * pi proportional to p(x_{0:T}) exp(r(x_0) / beta); a twist psi_t(x_t) approximating the value function
 * E[exp(r(x_0) / beta) | x_t] (which would give a zero-variance sampler) shapes the proposals. Each
 * iteration draws paths from the current twisted proposal q_k, forms the KL-constrained (escort) update
 * q_{k+1} proportional to q_k^{1/(1+eta)} pi^{eta/(1+eta)} as importance weights (pi / q_k)^{eta/(1+eta)},
 * and projects it back onto the Gaussian twist family by weighted maximum likelihood.
 *
 * <pre>{@code
 * AlignmentProblem p = AlignmentProblem.of(Mixture.bimodal1d(), Reward.gaussian(new double[] {2.5}, 1), 0.25, 50);
 * TwistLearning learned = TwistedSmc.learn(p, LearnOptions.defaults(), 7);
 * SmcRun tri = TwistedSmc.twisted(p, learned.twist(), 128, 1);
 * SmcRun smc = TwistedSmc.plain(p, 128, 1);
 * BestOfN bon = TwistedSmc.bestOfN(p, 128, 100, 1);
 * }</pre>
 */
public final class TwistedSmc {

    /** Resample when ESS / N drops below this. */
    public static final double RESAMPLE_THRESHOLD = 0.5;

    private TwistedSmc() {
    }

    /** Twisted SMC: proposals and potentials from the twist, systematic resampling at ESS / N &lt; 1/2. */
    public static SmcRun twisted(AlignmentProblem problem, GaussianTwist twist, int particles, long seed) {
        return run(problem, twist, Potential.of(twist), particles, RESAMPLE_THRESHOLD, seed);
    }

    /**
     * Plain SMC steering: base proposals, look-ahead potentials exp(r(E[x_0 | x_t]) / beta) through
     * Tweedie's denoiser, systematic resampling at ESS / N &lt; 1/2.
     */
    public static SmcRun plain(AlignmentProblem problem, int particles, long seed) {
        return run(problem, GaussianTwist.none(problem.steps(), problem.dimension()), Potential.lookAhead(problem), particles,
                RESAMPLE_THRESHOLD, seed);
    }

    /** Importance sampling of whole paths from the twisted proposal (no resampling). */
    public static SmcRun importance(AlignmentProblem problem, GaussianTwist twist, int particles, long seed) {
        return run(problem, twist, Potential.of(twist), particles, 0, seed);
    }

    /** Unweighted draws from the base diffusion model. */
    public static double[][] base(AlignmentProblem problem, int n, long seed) {
        SmcEngine.Output o = SmcEngine.run(problem, GaussianTwist.none(problem.steps(), problem.dimension()), Potential.none(), n, 0,
                false, new Rng(seed));
        return rows(o.x0, n, problem.dimension());
    }

    /** Best-of-N: {@code draws} times, N base samples, keep the highest-reward one. */
    public static BestOfN bestOfN(AlignmentProblem problem, int budget, int draws, long seed) {
        if (draws < 1) {
            throw new IllegalArgumentException("best-of-N needs at least 1 draw but got " + draws);
        }
        Rng rng = new Rng(seed);
        int d = problem.dimension();
        double[][] kept = new double[draws][];
        double sum = 0;
        double[] scratch = new double[d];
        for (int k = 0; k < draws; k++) {
            Interrupts.check();
            double[][] x = base(problem, budget, rng.nextLong());
            int best = 0;
            double bestR = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < x.length; i++) {
                double r = problem.logTilt(x[i], 0, scratch) * problem.beta();
                if (r > bestR) {
                    bestR = r;
                    best = i;
                }
            }
            kept[k] = x[best];
            sum += bestR;
        }
        return new BestOfN(budget, kept, sum / draws);
    }

    /**
     * Learns a Gaussian twist by K trust-region iterations from the flat twist (the base sampler).
     * {@code options.eta()} infinite gives the untempered update.
     */
    public static TwistLearning learn(AlignmentProblem problem, LearnOptions options, long seed) {
        return learn(problem, GaussianTwist.none(problem.steps(), problem.dimension()), options, seed);
    }

    /** Like {@link #learn(AlignmentProblem, LearnOptions, long)} from a given starting twist. */
    public static TwistLearning learn(AlignmentProblem problem, GaussianTwist start, LearnOptions options, long seed) {
        Rng rng = new Rng(seed);
        int k = options.iterations();
        int n = options.particles();
        int d = problem.dimension();
        double[] kl = new double[k + 1];
        double[] ess = new double[k + 1];
        double[] logZ = new double[k + 1];
        double[] reward = new double[k + 1];
        GaussianTwist twist = start;
        for (int it = 0; it <= k; it++) {
            Interrupts.check();
            SmcEngine.Output o = SmcEngine.run(problem, twist, Potential.of(twist), n, 0, it < k, new Rng(rng.nextLong()));
            double[][] x0 = rows(o.x0, n, d);
            kl[it] = d <= 2 ? problem.target().kl(x0, null) : Double.NaN;
            ess[it] = SmcEngine.essFraction(o.logWeights);
            logZ[it] = o.logZ;
            reward[it] = meanReward(problem, x0, null);
            if (it < k) {
                double[] w = SmcEngine.normalised(o.logWeights, options.exponent());
                twist = TwistFit.fit(problem, o.paths, w, options.ridge());
            }
        }
        return new TwistLearning(twist, options, kl, ess, logZ, reward);
    }

    private static SmcRun run(AlignmentProblem problem, GaussianTwist twist, Potential g, int n, double threshold, long seed) {
        SmcEngine.Output o = SmcEngine.run(problem, twist, g, n, threshold, false, new Rng(seed));
        double[][] x = rows(o.x0, n, problem.dimension());
        double[] w = SmcEngine.normalised(o.logWeights, 1);
        return new SmcRun(x, w, o.ess, o.logZ, o.resamplings, meanReward(problem, x, w));
    }

    static double meanReward(AlignmentProblem problem, double[][] x, double[] w) {
        double s = 0;
        double[] scratch = new double[problem.dimension()];
        for (int i = 0; i < x.length; i++) {
            s += (w == null ? 1.0 / x.length : w[i]) * problem.logTilt(x[i], 0, scratch) * problem.beta();
        }
        return s;
    }

    static double[][] rows(double[] flat, int n, int d) {
        double[][] out = new double[n][d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * d, out[i], 0, d);
        }
        return out;
    }
}
