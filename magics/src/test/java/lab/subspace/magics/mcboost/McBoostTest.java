package lab.subspace.magics.mcboost;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class McBoostTest {

    private static final McOptions FIXED = McOptions.defaults().withRule(StopRule.FIXED);

    @Test
    void squaredLinearAuditContractsByExactlyOneMinusEta() {
        McData d = Synthetic.shifted(400, 3, 0, 11).data();
        double[] dist = Convergence.distances(d, false, Loss.squared(), FIXED.withEta(0.3).withMaxRounds(20));
        for (int t = 1; t < dist.length; t++) {
            assertEquals(0.7, dist[t] / dist[t - 1], 1e-6, "round " + t);
        }
    }

    @Test
    void squaredIteratesConvergeToTheLeastSquaresProjection() {
        McData d = Synthetic.shifted(300, 3, 0, 12).data();
        McBoostFit fit = McBoost.fit(d, AuditClass.linear(false), Loss.squared(), FIXED.withEta(1).withMaxRounds(3));
        double[] proj = BregmanProjection.scores(d, false, Loss.squared());
        // eta = 1: one least-squares step lands on the projection, later steps are zero
        assertEquals(0, Convergence.rms(fit.predictor().truncate(1).scores(d), proj), 1e-9);
        assertEquals(0, Convergence.rms(fit.predictor().scores(d), proj), 1e-9);
    }

    @Test
    void logisticIteratesConvergeToTheKlProjection() {
        McData d = Synthetic.miscalibrated(600, 1.8, 13).data();
        double[] dist = Convergence.distances(d, true, Loss.logistic(), FIXED.withEta(0.5).withMaxRounds(40));
        assertTrue(dist[40] < 1e-8 * dist[0], "final " + dist[40] + " from " + dist[0]);
        // the projection satisfies the first-order condition: residual orthogonal to every audit function
        double[] s = BregmanProjection.scores(d, true, Loss.logistic());
        Audit a = AuditClass.linear(true).audit(d, s, Loss.logistic(), 0.05);
        assertTrue(a.violation() < 1e-9, "violation at the projection " + a.violation());
    }

    @Test
    void targetRuleReachesAlphaOnGroupsTimesLevelSets() {
        McData d = Synthetic.miscalibrated(1500, 1.8, 14).data();
        McOptions o = McOptions.defaults().withRule(StopRule.TARGET).withAlpha(0.003).withMaxRounds(400);
        McBoostFit fit = McBoost.fit(d, AuditClass.levelSets(5), Loss.logistic(), o);
        assertTrue(fit.trace().violation()[0] > 0.003);
        assertTrue(fit.trace().violation()[fit.stopRound()] <= 0.003, fit.stopReason());
        assertTrue(fit.stopRound() < 400);
    }

    @Test
    void multiaccuracyZeroesEveryGroupMean() {
        McData d = Synthetic.miscalibrated(1000, 1.8, 15).data();
        McBoostFit fit = McBoost.fit(d, AuditClass.groups(), Loss.squared(), FIXED.withEta(1).withMaxRounds(300));
        CalibrationReport r = fit.train();
        for (int g = 0; g < r.groups().length; g++) {
            assertEquals(0, r.biasAfter()[g], 2e-3, r.groups()[g]);
            assertTrue(Math.abs(r.biasBase()[g]) > 0.01 || g == 0, r.groups()[g] + " base bias " + r.biasBase()[g]);
        }
    }

    @Test
    void pinballGroupAuditGivesGroupConditionalCoverage() {
        // BatchGCP: a constant threshold from the pooled quantile, corrected per group
        Synthetic.Sample s = Synthetic.miscalibrated(2000, 1.8, 16);
        McData base = s.data();
        double[] y = new double[base.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = Math.abs(base.labels()[i] - base.base()[i]) + (base.groups().contains(2, i) ? 0.3 : 0); // a score
        }
        McData d = new McData(new double[y.length], y, base.groups(), base.features());
        double tau = 0.9;
        McBoostFit fit = McBoost.fit(d, AuditClass.groups(), Loss.pinball(tau), FIXED.withEta(1).withMaxRounds(200));
        double[] q = fit.predict(d);
        for (int g = 0; g < d.groups().count(); g++) {
            int in = 0;
            int covered = 0;
            for (int i = 0; i < y.length; i++) {
                if (d.groups().contains(g, i)) {
                    in++;
                    covered += y[i] < q[i] ? 1 : 0;
                }
            }
            assertEquals(tau, (double) covered / in, 0.02, "coverage of group " + d.groups().names()[g]);
        }
    }

    @Test
    void treeAuditReducesRiskAndMcErrorAndReplays() {
        McData d = Synthetic.miscalibrated(800, 1.8, 17).data();
        McBoostFit fit = McBoost.fit(d, AuditClass.tree(2, 30), Loss.logistic(), FIXED.withMaxRounds(10));
        assertTrue(fit.trace().trainRisk()[10] < fit.trace().trainRisk()[0]);
        assertTrue(fit.trace().trainMc()[10] < 0.5 * fit.trace().trainMc()[0], "MC error " + fit.trace().trainMc()[10]);
        assertEquals(fit.trace().trainRisk()[10], McBoost.risk(d, fit.predictor().scores(d), Loss.logistic()), 1e-12);
    }

    @Test
    void predictorReplaysTheTrainingScores() {
        Synthetic.Sample tr = Synthetic.miscalibrated(800, 1.8, 18);
        Synthetic.Sample te = Synthetic.miscalibrated(500, 1.8, 19);
        McBoostFit fit = McBoost.fit(tr.data(), null, te.data(), AuditClass.levelSets(8), Loss.logistic(), FIXED.withMaxRounds(25));
        assertEquals(fit.trace().trainRisk()[25], McBoost.risk(tr.data(), fit.predictor().scores(tr.data()), Loss.logistic()), 1e-12);
        assertEquals(fit.trace().testRisk()[25], McBoost.risk(te.data(), fit.predictor().scores(te.data()), Loss.logistic()), 1e-12);
    }

    @Test
    void sameSeedSameNumbers() {
        Tradeoff.Spec spec = new Tradeoff.Spec(500, 500, 1.8, AuditClass.levelSets(5), McOptions.defaults().withMaxRounds(30), 4);
        TradeoffReport a = Tradeoff.run(spec);
        TradeoffReport b = Tradeoff.run(spec);
        assertArrayEquals(a.fit().trace().testRisk(), b.fit().trace().testRisk(), 0);
        assertArrayEquals(a.fit().trace().violation(), b.fit().trace().violation(), 0);
    }

    @Test
    void stopRulesReadTheTrace() {
        double[] v = {0.5, 0.2, 0.05, 0.01, 0.02};
        double[] sig = {5, 3, 0.9, 0.5, 0.4};
        double[] hold = {1.0, 0.8, 0.7, 0.75, 0.9};
        double[] nan = {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        Trace t = new Trace(v, sig, hold, v, hold, nan, nan);
        McOptions o = McOptions.defaults().withAlpha(0.03).withPatience(2);
        assertEquals(3, StopRule.TARGET.select(t, o));
        assertEquals(2, StopRule.NOISE.select(t, o));
        assertEquals(2, StopRule.HOLDOUT.select(t, o));
        assertEquals(4, StopRule.FIXED.select(t, o));
    }

    @Test
    void lossClosedForms() {
        Loss l = Loss.logistic();
        assertEquals(0.7, l.prediction(l.score(0.7)), 1e-12);
        assertEquals(0.3, l.residual(1, l.score(0.7)), 1e-12);
        assertEquals(-Math.log(0.7), l.risk(1, l.score(0.7)), 1e-12);
        assertEquals(0.21, l.curvature(1, l.score(0.7)), 1e-12);
        Loss q = Loss.pinball(0.25);
        assertEquals(0.25 * 2, q.risk(3, 1), 1e-12);
        assertEquals(0.75 * 2, q.risk(1, 3), 1e-12);
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8};
        double step = q.cellStep(y, new double[8], new int[] {0, 1, 2, 3, 4, 5, 6, 7});
        int below = 0;
        for (double v : y) {
            below += v < step ? 1 : 0;
        }
        assertEquals(2, below); // a quarter of the cell below the new threshold
        assertEquals(2.5, Loss.squared().cellStep(new double[] {1, 2, 3, 4}, new double[4], new int[] {0, 1, 2, 3}), 1e-12);
    }

    @Test
    void validationNamesTheProblem() {
        McData bad = McData.of(new double[] {0.2, 0.5}, new double[] {0, 2});
        var e = assertThrows(IllegalArgumentException.class,
                () -> McBoost.fit(bad, AuditClass.groups(), Loss.logistic(), McOptions.defaults()));
        assertTrue(e.getMessage().contains("row 1 has 2.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> McData.of(new double[3], new double[2]));
        assertTrue(e.getMessage().contains("3 base predictions but 2 labels"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> McOptions.defaults().withEta(1.5));
        assertTrue(e.getMessage().contains("eta"), e.getMessage());
        McData ok = McData.of(new double[] {0.2, 0.5}, new double[] {0, 1});
        e = assertThrows(IllegalArgumentException.class, () -> McBoost.fit(ok, AuditClass.groups(), Loss.logistic(),
                McOptions.defaults().withRule(StopRule.HOLDOUT)));
        assertTrue(e.getMessage().contains("holdout"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Loss.pinball(1));
        assertTrue(e.getMessage().contains("tau"), e.getMessage());
    }
}
