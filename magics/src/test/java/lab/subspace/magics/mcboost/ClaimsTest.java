package lab.subspace.magics.mcboost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The notebook's claims at a small size. */
class ClaimsTest {

    @Test
    void accurateButMiscalibratedThenUShapedRiskAndNoiseStopNearBest() {
        TradeoffReport r = Tradeoff.run(new Tradeoff.Spec(2000, 4000, 1.8, AuditClass.levelSets(10),
                McOptions.defaults().withMaxRounds(200), 1));
        assertTrue(r.bayesAuc() - r.baseAuc() < 0.03, "base AUROC " + r.baseAuc() + " vs Bayes " + r.bayesAuc());
        Trace t = r.fit().trace();
        assertTrue(t.testMc()[0] > 2 * r.bayesMc(), "base MC error " + t.testMc()[0] + " vs Bayes " + r.bayesMc());
        int best = r.bestRound();
        assertTrue(best > 0 && best < t.rounds(), "best round " + best);
        assertTrue(r.testRisk(best) < t.testRisk()[0] && r.testRisk(best) < t.testRisk()[t.rounds()]);
        double drop = t.testRisk()[0] - r.testRisk(best);
        assertTrue(r.gap(StopRule.NOISE) < 0.1 * drop, "noise-rule gap " + r.gap(StopRule.NOISE) + " of " + drop);
        assertTrue(t.trainMc()[t.rounds()] < 0.3 * t.trainMc()[0]);
    }

    @Test
    void linearAuditTransfersUnderCovariateShift() {
        TransferReport r = Transfer.run(3000, 20000, 4, new double[] {0, 1}, McOptions.defaults(), 3);
        assertTrue(r.reduction(1) > 4, "reduction " + r.reduction(1));
        assertEquals(0.15, r.biasLinear()[1], 0.05); // population value 0.15 mu^2
        assertTrue(Math.abs(r.biasConstant()[1]) > 2 * Math.abs(r.biasLinear()[1]));
    }

    @Test
    void populationProjectionIsApproachedAsNGrows() {
        ConvergenceReport r = Convergence.run(300, 0.5, 30, new int[] {250, 4000}, 5);
        assertTrue(r.population()[1] < 0.5 * r.population()[0], java.util.Arrays.toString(r.population()));
        assertTrue(r.squared()[30] < 1e-8 && r.logistic()[30] < 1e-6);
    }
}
