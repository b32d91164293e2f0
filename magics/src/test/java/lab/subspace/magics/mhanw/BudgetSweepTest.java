package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BudgetSweepTest {

    /** D = 12 in R^12, n from 50 to 1600, 3 training sets per n. */
    private static final BudgetSpec SMALL = new BudgetSpec(12, 12, 2, new int[] {50, 200, 800, 1600}, BudgetSpec.divisors(12), 100, 3,
            0.8, 2.0, 0.7, 1);

    @Test
    void theOptimalHeadDimensionGrowsWithN() {
        BudgetResult r = BudgetSweep.run(SMALL);
        int[] best = r.bestHeadDims();
        assertTrue(best[best.length - 1] > best[0], "best d_k " + java.util.Arrays.toString(best));
        assertTrue(r.slope() > 0, "slope " + r.slope());
        assertTrue(r.fit().slopeInterval(0.95).lower() > 0, "slope interval " + r.fit().slopeInterval(0.95));
        for (int i = 0; i < best.length; i++) {
            assertEquals(12 / best[i], r.bestHeads()[i]);
        }
    }

    @Test
    void theRefinedMinimumIsTheVertexOfAParabolaInLogX() {
        double[] x = {1, 2, 4, 8, 16};
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) {
            y[i] = 3 + Math.pow(Math.log(x[i]) - Math.log(5), 2);
        }
        assertEquals(5, BudgetSweep.refinedMinimum(x, y), 1e-12);
        assertEquals(1, BudgetSweep.refinedMinimum(x, new double[] {0, 1, 2, 3, 4}), 0);
        assertEquals(16, BudgetSweep.refinedMinimum(x, new double[] {4, 3, 2, 1, 0}), 0);
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        BudgetSpec tiny = SMALL.withSizes(new int[] {30, 60}, 20, 2);
        assertArrayEquals(BudgetSweep.run(tiny).mse()[1], BudgetSweep.run(tiny).mse()[1], 0);
    }

    @Test
    void misuseIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new BudgetSpec(12, 12, 2, new int[] {50, 100}, new int[] {1, 5, 12}, 10, 1, 0.8, 1, 0.7, 0)).getMessage()
                .contains("divisors of D = 12"));
        assertThrows(IllegalArgumentException.class, () -> new BudgetSpec(12, 12, 2, new int[] {100, 50}, BudgetSpec.divisors(12), 10, 1,
                0.8, 1, 0.7, 0));
        assertThrows(IllegalArgumentException.class, () -> new BudgetSpec(24, 12, 2, new int[] {50, 100}, BudgetSpec.divisors(24), 10, 1,
                0.8, 1, 0.7, 0));
        assertThrows(IllegalArgumentException.class, () -> new BudgetSpec(12, 12, 2, new int[] {50, 100}, new int[] {1, 2}, 10, 1, 0.8, 1,
                0.7, 0));
        assertArrayEquals(new int[] {1, 2, 3, 4, 6, 12}, BudgetSpec.divisors(12));
    }
}
