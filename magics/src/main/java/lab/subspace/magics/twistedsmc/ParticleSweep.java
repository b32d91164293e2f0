package lab.subspace.magics.twistedsmc;

import java.time.Duration;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;
import lab.subspace.numerics.random.Rng;

/**
 * The particle-budget experiment: for every seed, learn a twist (TRI-TSMC), then run twisted SMC and
 * plain SMC steering with N particles each, and best-of-N with the same N; compare ESS, the variance
 * of log Z over seeds, mean reward and KL to the tilted target.
 *
 * <pre>{@code
 * ParticleSweepResult r = ParticleSweep.run(problem, new int[] {16, 64, 256}, 16, LearnOptions.defaults(), 0);
 * }</pre>
 */
public final class ParticleSweep {

    /** Best-of-N draws per budget (each draw costs N base samples). */
    static final int BEST_OF_N_DRAWS = 64;

    private ParticleSweep() {
    }

    /**
     * @param particles the budgets N (each &gt;= 2, increasing)
     * @param seeds     independent repetitions &gt;= 2 (the log Z variance is over these)
     * @param learn     the twist-learning settings (the learning cost, K x paths, is on top of N)
     */
    public static ParticleSweepResult run(AlignmentProblem problem, int[] particles, int seeds, LearnOptions learn, long seed) {
        if (particles.length == 0) {
            throw new IllegalArgumentException("give at least one particle budget N");
        }
        for (int i = 0; i < particles.length; i++) {
            if (particles[i] < 2 || (i > 0 && particles[i] <= particles[i - 1])) {
                throw new IllegalArgumentException("particle budgets must be increasing and >= 2 but N[" + i + "] = " + particles[i]);
            }
        }
        if (seeds < 2) {
            throw new IllegalArgumentException("the log Z variance needs at least 2 seeds but got " + seeds);
        }
        int m = particles.length;
        int steps = problem.steps();
        double[][][] logZ = new double[2][m][seeds];
        double[][][] minEss = new double[2][m][seeds];
        double[][][] meanEss = new double[2][m][seeds];
        double[][][] reward = new double[2][m][seeds];
        double[][][] kl = new double[2][m][seeds];
        double[][] essPath = new double[2][steps + 1];
        boolean grid = problem.dimension() <= 2;
        Rng rng = new Rng(seed);
        try (Progress bar = Progress.start("TRI-TSMC vs SMC over N", (long) seeds * (m + 1) + m, Duration.ofSeconds(1))) {
            for (int s = 0; s < seeds; s++) {
                long learnSeed = rng.nextLong();
                GaussianTwist twist = TwistedSmc.learn(problem, learn, learnSeed).twist();
                bar.step();
                for (int i = 0; i < m; i++) {
                    Interrupts.check();
                    long runSeed = rng.nextLong();
                    SmcRun[] runs = {TwistedSmc.twisted(problem, twist, particles[i], runSeed), TwistedSmc.plain(problem, particles[i], runSeed)};
                    for (int method = 0; method < 2; method++) {
                        SmcRun r = runs[method];
                        logZ[method][i][s] = r.logNormaliser();
                        minEss[method][i][s] = r.minEss();
                        meanEss[method][i][s] = r.meanEss();
                        reward[method][i][s] = r.meanReward();
                        kl[method][i][s] = grid ? r.kl(problem) : Double.NaN;
                        if (i == m - 1) {
                            double[] e = r.ess();
                            for (int t = 0; t <= steps; t++) {
                                essPath[method][t] += e[t] / seeds;
                            }
                        }
                    }
                    bar.step();
                }
            }
            double[] bonReward = new double[m];
            double[] bonKl = new double[m];
            for (int i = 0; i < m; i++) {
                BestOfN b = TwistedSmc.bestOfN(problem, particles[i], BEST_OF_N_DRAWS, rng.nextLong());
                bonReward[i] = b.meanReward();
                bonKl[i] = grid ? b.kl(problem) : Double.NaN;
                bar.step();
            }
            return new ParticleSweepResult(problem.toString(), particles, seeds, learn, logZ, meanEss, minEss, reward, kl, essPath, bonReward, bonKl,
                    problem.dataLogNormaliser());
        }
    }
}
