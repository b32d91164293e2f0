package lab.subspace.magics.twistedsmc;

import java.time.Duration;

import lab.subspace.display.Progress;
import lab.subspace.numerics.random.Rng;

/**
 * The trust-region experiment: learn the twist with several trust-region sizes eta (infinity = the
 * untempered update) over K iterations and several seeds, recording per iteration the KL of the
 * proposal's samples to the tilted target, the path ESS and the importance-sampling log Z.
 *
 * <pre>{@code
 * IterationSweepResult r = IterationSweep.run(problem, new double[] {0.25, 1, Double.POSITIVE_INFINITY},
 *         LearnOptions.defaults().withIterations(10), 12, 0);
 * }</pre>
 */
public final class IterationSweep {

    private IterationSweep() {
    }

    /**
     * @param etas  trust-region sizes (&gt; 0; Double.POSITIVE_INFINITY for untempered)
     * @param learn iterations, paths per iteration and ridge (its eta is replaced by each of etas)
     * @param seeds repetitions &gt;= 2
     */
    public static IterationSweepResult run(AlignmentProblem problem, double[] etas, LearnOptions learn, int seeds, long seed) {
        if (etas.length == 0) {
            throw new IllegalArgumentException("give at least one trust-region size eta");
        }
        if (seeds < 2) {
            throw new IllegalArgumentException("the spread over seeds needs at least 2 seeds but got " + seeds);
        }
        int k = learn.iterations();
        double[][][] kl = new double[etas.length][seeds][];
        double[][][] ess = new double[etas.length][seeds][];
        double[][][] logZ = new double[etas.length][seeds][];
        Rng rng = new Rng(seed);
        long[] seedList = new long[seeds];
        for (int s = 0; s < seeds; s++) {
            seedList[s] = rng.nextLong();
        }
        try (Progress bar = Progress.start("trust-region sizes x seeds", (long) etas.length * seeds, Duration.ofSeconds(1))) {
            for (int e = 0; e < etas.length; e++) {
                LearnOptions o = learn.withEta(etas[e]);
                for (int s = 0; s < seeds; s++) {
                    TwistLearning l = TwistedSmc.learn(problem, o, seedList[s]); // same seeds for every eta: paired comparison
                    kl[e][s] = l.kl();
                    ess[e][s] = l.pathEss();
                    logZ[e][s] = l.logZ();
                    bar.step();
                }
            }
        }
        return new IterationSweepResult(problem.toString(), etas.clone(), k, learn.particles(), kl, ess, logZ, problem.dataLogNormaliser());
    }
}
