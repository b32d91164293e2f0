package lab.subspace.magics.twistedsmc;

import java.time.Duration;

import lab.subspace.display.Progress;
import lab.subspace.numerics.random.Rng;

/**
 * Samples of every method against the tilted target's density (d &lt;= 2): the base model, plain SMC,
 * TRI-TSMC (with a freshly learned twist) at N particles, best-of-N, and exact target draws.
 *
 * <pre>{@code
 * SampleComparisonResult r = SampleComparison.run(problem, 512, LearnOptions.defaults(), 0);
 * }</pre>
 */
public final class SampleComparison {

    static final int BEST_OF_N_DRAWS = 128;

    private SampleComparison() {
    }

    public static SampleComparisonResult run(AlignmentProblem problem, int particles, LearnOptions learn, long seed) {
        if (problem.dimension() > 2) {
            throw new IllegalArgumentException("the sample plots need d <= 2 but the data has d = " + problem.dimension());
        }
        Rng rng = new Rng(seed);
        try (Progress bar = Progress.start("samples", 4, Duration.ofSeconds(1))) {
            TwistLearning learned = TwistedSmc.learn(problem, learn, rng.nextLong());
            bar.step();
            SmcRun tri = TwistedSmc.twisted(problem, learned.twist(), particles, rng.nextLong());
            SmcRun smc = TwistedSmc.plain(problem, particles, rng.nextLong());
            bar.step();
            BestOfN bon = TwistedSmc.bestOfN(problem, particles, BEST_OF_N_DRAWS, rng.nextLong());
            bar.step();
            double[][] base = TwistedSmc.base(problem, particles, rng.nextLong());
            double[][] target = problem.target().sample(particles, new Rng(rng.nextLong()));
            bar.step();
            return new SampleComparisonResult(problem, particles, base, tri, smc, bon, target);
        }
    }
}
