package lab.subspace.magics.twistedsmc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The notebook's claims at a small size. */
class ClaimsTest {

    private final AlignmentProblem problem = AlignmentProblem.of(Mixture.bimodal1d(), Reward.gaussian(new double[] {2.5}, 1), 0.25, 30);

    @Test
    void twistedSmcHasHigherEssAndLowerLogZVarianceThanPlainSmc() {
        ParticleSweepResult r = ParticleSweep.run(problem, new int[] {32, 128}, 8, LearnOptions.defaults().withParticles(512).withIterations(6), 1);
        for (int i = 0; i < 2; i++) {
            assertTrue(r.meanEss(0, i) > r.meanEss(1, i), "mean ESS " + r.meanEss(0, i) + " vs " + r.meanEss(1, i));
            assertTrue(r.meanMinEss(0, i) > r.meanMinEss(1, i), "min ESS " + r.meanMinEss(0, i) + " vs " + r.meanMinEss(1, i));
            assertTrue(r.logZVariance(0, i) < r.logZVariance(1, i), "var log Z " + r.logZVariance(0, i) + " vs " + r.logZVariance(1, i));
        }
    }

    @Test
    void untemperedUpdateIsLessStableAndTrustRegionKlDecreases() {
        AlignmentProblem notebook = AlignmentProblem.of(Mixture.bimodal1d(), Reward.gaussian(new double[] {2.5}, 1), 0.25, 50);
        IterationSweepResult r = IterationSweep.run(notebook, new double[] {0.25, Double.POSITIVE_INFINITY},
                LearnOptions.defaults().withParticles(256).withIterations(10), 6, 2);
        int k = r.iterations();
        assertTrue(r.logZSd(1, k) > 3 * r.logZSd(0, k), "sd log Z untempered " + r.logZSd(1, k) + " vs trust region " + r.logZSd(0, k));
        assertTrue(r.meanKl(0, 1) < r.meanKl(0, 0), "KL after one update " + r.meanKl(0, 1) + " vs base " + r.meanKl(0, 0));
        assertTrue(r.finalKl(0) < r.meanKl(0, 2), "final KL " + r.finalKl(0) + " vs after two updates " + r.meanKl(0, 2));
    }

    @Test
    void higherDimensionsRunWithoutTheGridDiagnostics() {
        Mixture data = Mixture.isotropic(new double[] {0.5, 0.5}, new double[][] {{-1, 0, 0}, {1, 1, 0}}, new double[] {0.5, 0.5});
        AlignmentProblem p = AlignmentProblem.of(data, x -> -Math.abs(x[0] - 1), 0.5, 10);
        ParticleSweepResult r = ParticleSweep.run(p, new int[] {16}, 2, LearnOptions.defaults().withParticles(64).withIterations(2), 1);
        assertTrue(Double.isNaN(r.meanKl(0, 0)) && Double.isNaN(r.dataLogZ()));
        assertTrue(Double.isFinite(r.logZVariance(0, 0)));
        assertTrue(r.outputs().parts().size() == 5);
    }
}
