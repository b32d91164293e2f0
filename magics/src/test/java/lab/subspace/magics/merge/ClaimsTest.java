package lab.subspace.magics.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The paper's claims, checked at a small size (fewer replicates than the notebook). */
class ClaimsTest {

    private static final int[] RANKS = {1, 2, 4, 8};

    @Test
    void atMatchedRankEpimerIsBetterOnAverageAndWorstTaskWhenHessiansDiffer() {
        ComparisonReport r = MergeComparison.run(SuiteSpec.regression().withSeed(3), RANKS, 4);
        for (int k : RANKS) {
            assertTrue(r.relativeAdvantage(k) > 0.01, "average, rank " + k + ": " + r.relativeAdvantage(k));
            assertTrue(r.relativeWorstAdvantage(k) > 0, "worst, rank " + k + ": " + r.relativeWorstAdvantage(k));
        }
        assertTrue(r.maxBoundRatio() <= 1 + 1e-9);
    }

    @Test
    void theAdvantageVanishesForIsotropicHessiansAndTheCriterionPredictsIt() {
        SweepReport s = HeterogeneitySweep.run(SuiteSpec.regression().withSeed(4), new double[] {0, 1, 2}, new int[] {1, 4}, 3);
        for (int k : new int[] {1, 4}) {
            assertEquals(0, s.cell(0, k).measuredRelativeGain(), 0.005);
            double[] g = s.measuredGains(k);
            assertTrue(g[0] < g[1] && g[1] < g[2], "gains grow with heterogeneity at rank " + k);
        }
        assertEquals(1.0, s.confirmed(0.01, 0.02));
        assertTrue(s.spearman() > 0.9);
        assertTrue(s.maxBoundRatio() <= 1 + 1e-9);
        assertEquals(1.0, s.maxObjectiveBoundRatio(), 1e-9); // regression: the quadratic model is exact
    }

    @Test
    void comparisonsAreDeterministic() {
        SuiteSpec spec = SuiteSpec.regression().withTasks(4).withDimension(12).withSizes(100, 100).withSeed(9);
        ComparisonReport a = MergeComparison.run(spec, new int[] {1, 2}, 2);
        ComparisonReport b = MergeComparison.run(spec, new int[] {1, 2}, 2);
        for (int i = 0; i < a.summaries().size(); i++) {
            assertEquals(a.summaries().get(i), b.summaries().get(i));
        }
    }
}
