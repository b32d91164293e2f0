package lab.subspace.magics.twistedsmc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lab.subspace.numerics.random.Rng;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

class TwistedSmcTest {

    private final AlignmentProblem bimodal = AlignmentProblem.of(Mixture.bimodal1d(), Reward.gaussian(new double[] {2.5}, 1), 0.25, 30);

    /** Gaussian data and a Gaussian reward: the target path law is Gauss-Markov, so the twist family contains it. */
    private final AlignmentProblem gaussian = AlignmentProblem.of(Mixture.isotropic(new double[] {1}, new double[][] {{0.5}}, new double[] {0.6}),
            Reward.gaussian(new double[] {1.5}, 1), 0.5, 20);

    @Test
    void learnedTwistIsNearlyZeroVarianceWhenTheFamilyContainsTheTarget() {
        TwistLearning l = TwistedSmc.learn(gaussian, LearnOptions.defaults().withParticles(2000).withIterations(6), 1);
        double[] ess = l.pathEss();
        assertTrue(ess[0] < 0.8, "base proposal path ESS " + ess[0]);
        assertTrue(ess[ess.length - 1] > 0.95, "learned path ESS " + ess[ess.length - 1]);
        double[] logZ = new double[8];
        for (int s = 0; s < logZ.length; s++) {
            logZ[s] = TwistedSmc.twisted(gaussian, l.twist(), 32, s).logNormaliser();
        }
        double mean = java.util.Arrays.stream(logZ).average().orElseThrow();
        double var = 0;
        for (double z : logZ) {
            var += (z - mean) * (z - mean) / (logZ.length - 1);
        }
        assertTrue(Math.sqrt(var) < 0.04, "sd of log Z over seeds at N = 32: " + Math.sqrt(var));
        // the DDPM's own x_0 law differs from the data by its discretisation
        assertEquals(gaussian.dataLogNormaliser(), mean, 0.05);
    }

    @Test
    void twistedSmcAndImportanceSamplingEstimateTheSameNormaliser() {
        TwistLearning l = TwistedSmc.learn(bimodal, LearnOptions.defaults().withParticles(512).withIterations(5), 3);
        double tw = TwistedSmc.twisted(bimodal, l.twist(), 4000, 1).logNormaliser();
        double is = TwistedSmc.importance(bimodal, GaussianTwist.none(30, 1), 4000, 3).logNormaliser();
        assertEquals(tw, is, 0.1);
        assertEquals(bimodal.dataLogNormaliser(), tw, 0.2);
    }

    @Test
    void flatTwistWithoutResamplingIsImportanceSamplingOfTheReward() {
        AlignmentProblem p = AlignmentProblem.of(Mixture.bimodal1d(), x -> x[0], 2, 10);
        SmcRun run = TwistedSmc.importance(p, GaussianTwist.none(10, 1), 300, 9);
        double[][] x = run.samples();
        double[] w = run.weights();
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : x) {
            max = Math.max(max, row[0] / 2);
        }
        double sum = 0;
        for (double[] row : x) {
            sum += Math.exp(row[0] / 2 - max);
        }
        for (int i = 0; i < x.length; i++) {
            assertEquals(Math.exp(x[i][0] / 2 - max) / sum, w[i], 1e-12);
        }
        assertEquals(Math.log(sum / x.length) + max, run.logNormaliser(), 1e-9);
        assertEquals(0, run.resamplings());
    }

    @Test
    void systematicResamplingKeepsCountsWithinOneOfNw() {
        Rng rng = new Rng(5);
        double[] w = {0.05, 0.4, 0.15, 0.3, 0.1};
        double[] logw = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            logw[i] = Math.log(w[i]) + 3;
        }
        for (int rep = 0; rep < 20; rep++) {
            int[] anc = new int[w.length];
            SmcEngine.systematic(logw, rng, anc);
            int[] count = new int[w.length];
            for (int a : anc) {
                count[a]++;
            }
            for (int i = 0; i < w.length; i++) {
                assertTrue(Math.abs(count[i] - w.length * w[i]) < 1, "count " + count[i] + " for N w = " + w.length * w[i]);
            }
        }
    }

    @Test
    void sameSeedSameNumbers() {
        LearnOptions o = LearnOptions.defaults().withParticles(64).withIterations(3);
        TwistLearning a = TwistedSmc.learn(bimodal, o, 42);
        TwistLearning b = TwistedSmc.learn(bimodal, o, 42);
        assertArrayEquals(a.logZ(), b.logZ());
        assertArrayEquals(a.kl(), b.kl());
        SmcRun r1 = TwistedSmc.twisted(bimodal, a.twist(), 50, 7);
        SmcRun r2 = TwistedSmc.twisted(bimodal, b.twist(), 50, 7);
        assertArrayEquals(r1.weights(), r2.weights());
        assertEquals(r1.logNormaliser(), r2.logNormaliser());
        assertEquals(TwistedSmc.bestOfN(bimodal, 16, 5, 3).meanReward(), TwistedSmc.bestOfN(bimodal, 16, 5, 3).meanReward());
    }

    @Test
    void bestOfNKeepsTheHighestReward() {
        BestOfN b = TwistedSmc.bestOfN(bimodal, 256, 10, 1);
        BestOfN one = TwistedSmc.bestOfN(bimodal, 1, 10, 1);
        assertTrue(b.meanReward() > one.meanReward());
        assertTrue(b.meanReward() <= 0);
    }

    @Test
    void rejectsMisuse() {
        assertThrows(IllegalArgumentException.class, () -> TwistedSmc.plain(bimodal, 0, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TwistedSmc.twisted(bimodal, GaussianTwist.none(10, 1), 8, 1))
                .getMessage().contains("T = 10"));
        DMatrixRMaj[] a = new DMatrixRMaj[31];
        double[][] b = new double[31][1];
        for (int t = 0; t <= 30; t++) {
            a[t] = new DMatrixRMaj(1, 1, true, -1e6);
        }
        GaussianTwist bad = GaussianTwist.of(a, b);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TwistedSmc.twisted(bimodal, bad, 8, 1)).getMessage()
                .contains("not normalisable"));
        assertThrows(IllegalArgumentException.class, () -> new LearnOptions(0, 10, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new LearnOptions(2, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LearnOptions(2, 1, 1, 0));
        AlignmentProblem nan = AlignmentProblem.of(Mixture.bimodal1d(), x -> Double.NaN, 1, 5);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TwistedSmc.plain(nan, 4, 1)).getMessage().contains("not finite"));
        assertEquals(1, LearnOptions.defaults().withEta(Double.POSITIVE_INFINITY).exponent());
        assertEquals(0.5, LearnOptions.defaults().withEta(1).exponent());
    }
}
