package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.nn.Optimizer;
import lab.subspace.numerics.nn.Optimizers;
import lab.subspace.numerics.random.Rng;

/** The notebook's toy-model claims at a small size, and determinism of the comparisons. */
class ToyClaimsTest {

    private static final BigramSpec BIGRAM = new BigramSpec(48, 8, 4, 1.0, 3.0, 128, 150, 50, 0.1, 0.0, 1, 3L);
    private static final RouterSpec ROUTER = new RouterSpec(8, 4, 2, 3.0, 1024, new MoeSpec(4, 2, 64, 1e-3, 1e-2), 120, 40, 0.0, 1, 5L);

    @Test
    void bigramMatchedRulesComeWithinAHundredthOfANatOfTunedAdamWAndBeatMismatchedMuon() {
        TrainingComparison c = BigramExperiment.run(BIGRAM.syntheticTask(), BIGRAM, BigramExperiment.defaultMethods(0.0, 1.0));
        Setting adamW = c.tuned(BigramExperiment.ADAMW);
        List<Setting> matched = List.of(c.tuned("row-norm"), c.tuned("polar -> row-norm"), c.tuned("row-norm -> polar"));
        double best = matched.stream().mapToDouble(Setting::finalLoss).min().orElseThrow();
        // comparable, not better: at this size tuned AdamW is ahead by about 0.007 nats (the paper reports the rules ahead)
        assertTrue(best <= adamW.finalLoss() + 0.01, "best matched " + best + " vs AdamW " + adamW.finalLoss());
        double muon = c.tuned("Muon (mismatched)").finalLoss();
        assertTrue(best < muon, "best matched " + best + " vs Muon " + muon);
        assertTrue(adamW.finalLoss() > c.floor());
        assertTrue(Double.isNaN(adamW.finalImbalanceSd()), "no router, no imbalance spread");
        assertEquals(15, c.settings().size());
        assertEquals(15, c.table().rowCount());
        assertEquals(5, c.sweepFigure().getTraces().length);
        assertEquals(5, c.curvesFigure().getTraces().length);
    }

    @Test
    void routerComparisonEndsBalancedAndIsDeterministic() {
        List<MethodSpec> methods = RouterExperiment.defaultMethods(0.0, 1.0, null);
        TrainingComparison a = RouterExperiment.run(ROUTER.syntheticTask(), ROUTER, methods);
        TrainingComparison b = RouterExperiment.run(ROUTER.syntheticTask(), ROUTER, methods);
        assertTrue(a.hasRouter());
        assertEquals(5, a.tuned().size());
        for (Setting s : a.tuned()) {
            assertTrue(s.finalImbalance() >= 0 && s.finalImbalance() < 3, s.method() + " imbalance " + s.finalImbalance());
            assertTrue(s.loss()[s.loss().length - 1] < s.loss()[0], s.method() + " did not learn");
        }
        for (int i = 0; i < a.runs().size(); i++) {
            assertArrayEquals(a.runs().get(i).loss(), b.runs().get(i).loss(), 0, "run " + i);
            assertArrayEquals(a.runs().get(i).imbalance(), b.runs().get(i).imbalance(), 0, "run " + i);
        }
        assertEquals(5, a.imbalanceFigure().getTraces().length);
        assertEquals(5 * RouterExperiment.defaultGrid().length, a.settings().size());
        PairedDifference self = a.paired(BigramExperiment.ADAMW, BigramExperiment.ADAMW);
        assertEquals(0, self.lossMean());
        assertEquals(0, self.imbalanceMean());
    }

    @Test
    void routerMethodsAreTunedOnOneSharedGridThatTheScaleMoves() {
        double[] grid = RouterExperiment.defaultGrid();
        assertEquals(7, grid.length);
        assertEquals(0.02, grid[0], 1e-15);
        assertEquals(0.16, grid[6], 1e-15);
        for (MethodSpec m : RouterExperiment.defaultMethods(0, 0.5, null)) {
            double[] lrs = m.learningRates();
            for (int k = 0; k < grid.length; k++) {
                assertEquals(0.5 * grid[k], lrs[k], 1e-15, m.name());
            }
        }
        assertArrayEquals(new double[] {0.1, 0.2}, RouterExperiment.defaultMethods(0, 0.5, new double[] {0.1, 0.2}).get(0).learningRates());
    }

    @Test
    void splitOptimizerStepsEachSideWithItsOwnOptimizerAndKeepsTheRateRatio() {
        Rng rng = new Rng(51);
        DMatrixRMaj w0 = new DMatrixRMaj(3, 2);
        DMatrixRMaj w1 = new DMatrixRMaj(2, 4);
        DMatrixRMaj g0 = rng.gaussian(3, 2);
        DMatrixRMaj g1 = rng.gaussian(2, 4);
        Optimizer split = SplitOptimizer.of(1, Optimizers.sgd(0.1), LayerwiseOptimizer.builder(0.3).momentum(0).rule(UpdateRules.rowNorm()).build());
        split.step(List.of(w0, w1), List.of(g0.copy(), g1.copy()));
        for (int k = 0; k < w0.data.length; k++) {
            assertEquals(-0.1 * g0.data[k], w0.data[k], 1e-15);
        }
        DMatrixRMaj u = UpdateRules.rowNormalise(g1);
        for (int k = 0; k < w1.data.length; k++) {
            assertEquals(-0.3 * u.data[k], w1.data[k], 1e-15);
        }
        split.setLearningRate(0.05);
        assertEquals(0.05, split.learningRate(), 1e-15);
        split.step(List.of(w0, w1), List.of(new DMatrixRMaj(3, 2), g1.copy()));
        for (int k = 0; k < w1.data.length; k++) {
            assertEquals(-0.45 * u.data[k], w1.data[k], 1e-14, "tail rate 0.15 keeps the 3:1 ratio");
        }
        assertEquals(2, split.steps());
        assertThrows(IllegalArgumentException.class, () -> SplitOptimizer.of(0, Optimizers.sgd(0.1), Optimizers.sgd(0.1)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> split.step(List.of(w0), List.of(g0))).getMessage().contains("split"));
    }

    @Test
    void sameSeedsGiveTheSameTrainingRun() {
        BigramTask task = BigramTask.zipfian(16, 2, 1.0, 2.0, 9L);
        RunTrace a = ToyTraining.train("a", BigramProblem.of(task, 4, 32, 0.1, 2L), LayerwiseOptimizer.of(0.05, 0.1, UpdateRules.muon()), 40, 10,
                new Rng(4));
        RunTrace b = ToyTraining.train("a", BigramProblem.of(task, 4, 32, 0.1, 2L), LayerwiseOptimizer.of(0.05, 0.1, UpdateRules.muon()), 40, 10,
                new Rng(4));
        assertArrayEquals(a.loss(), b.loss(), 0);
        RunTrace c = ToyTraining.train("a", BigramProblem.of(task, 4, 32, 0.1, 3L), LayerwiseOptimizer.of(0.05, 0.1, UpdateRules.muon()), 40, 10,
                new Rng(4));
        assertTrue(c.loss()[1] != a.loss()[1]);
    }
}
