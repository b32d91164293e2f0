package lab.subspace.magics.game;

import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import lab.subspace.display.Outputs;

/** The density sweep, the lambda path and how their reports are shown. */
class ExperimentsTest {

    private static final SyntheticSpec TINY = SyntheticSpec.paper().withSize(60, 30).withGroups(3, 4);

    @Test
    void sweepKeepsTheTruthAndImprovesWithDensity() {
        SweepReport s = DensitySweep.run(TINY, new double[] {0.05, 0.4}, ComparisonOptions.defaults(0.1)
                .withScales(0.5, 0.25).withMethods(List.of(Method.GAME, Method.GLOBAL)), 1);
        assertEquals(2, s.reports().size());
        assertArrayEquals(s.reports().get(0).data().truth().data, s.reports().get(1).data().truth().data);
        for (Method m : s.methods()) {
            double[] rmse = s.sparseRmse(m);
            assertTrue(rmse[1] < rmse[0], m + " should improve with more observations");
        }
        assertEquals(2, s.gains().length);
        Outputs o = GameViews.sweep(s);
        assertEquals(3, o.parts().size());
        assertTrue(message(() -> DensitySweep.run(TINY.withSparseGroup(-1), new double[] {0.1}, ComparisonOptions.defaults(0.1), 0))
                .contains("sparseGroup"));
    }

    @Test
    void pathWarmStartsNeedFewerIterations() {
        SyntheticData d = GroupedLowRank.sample(TINY, 2);
        PathReport p = LambdaPath.run(d, 0.1, new double[] {1, 0.5, 0.25}, 0.5, GameOptions.defaults().withTolerance(1e-3),
                CompletionOptions.defaults().withTolerance(1e-3));
        assertEquals(p.warmIterations()[0], p.coldIterations()[0]);
        assertTrue(p.totalWarm() < p.totalCold(), p.totalWarm() + " warm vs " + p.totalCold() + " cold");
        assertEquals(3, p.gameRmse().length);
        assertTrue(p.bestGame() >= 0 && p.bestGlobal() >= 0);
        assertEquals(3, GameViews.path(p).parts().size());
        assertTrue(message(() -> LambdaPath.run(d, 0.1, new double[] {0.5, 1}, 0.5, GameOptions.defaults(),
                CompletionOptions.defaults())).contains("must decrease"));
    }

    @Test
    void comparisonAndFitViewsShowTableThenFigures() {
        SyntheticData d = GroupedLowRank.sample(TINY, 3);
        ComparisonReport r = Comparison.synthetic(d, ComparisonOptions.defaults(0.1).withScales(0.5, 0.25));
        Outputs o = GameViews.comparison(r);
        assertEquals(5, o.parts().size()); // table, RMSE bars, sin-Theta bars, validation curves, residuals
        assertTrue(o.parts().get(0) instanceof tech.tablesaw.api.Table);
        assertEquals(12, ((tech.tablesaw.api.Table) o.parts().get(0)).rowCount()); // 4 methods x 3 groups
        ComparisonReport noTruth = Comparison.run("mine", d.observed(), d.groups(), null, null,
                ComparisonOptions.defaults(0.1).withScales(0.5).withGlobalShares(0.5));
        assertEquals(2, GameViews.comparison(noTruth).parts().size()); // no truth, nothing held out: table, residuals
        assertEquals(2, GameViews.fit(r.gameFit()).parts().size());
    }

    private static void assertArrayEquals(double[] a, double[] b) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b, 0);
    }
}
