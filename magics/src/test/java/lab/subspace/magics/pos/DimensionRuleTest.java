package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DimensionRuleTest {

    @Test
    void gapFindsTheLargestDropAndStopsAtAnExactRank() {
        assertEquals(3, DimensionRule.GAP.choose(new double[] {5, 4, 3.5, 0.3, 0.29, 0.28}, 0.05, 5));
        assertEquals(2, DimensionRule.GAP.choose(new double[] {1, 1, 0, 0}, 0.05, 4));
        assertEquals(1, DimensionRule.GAP.choose(new double[] {7}, 0.05, 1));
        // the cap wins: within d <= 2 the largest drop is after the first value
        assertEquals(1, DimensionRule.GAP.choose(new double[] {5, 4, 3.5, 0.3}, 0.05, 2));
    }

    @Test
    void energyKeepsOneMinusEpsOfTheSquaredNorm() {
        // energies 16, 9, 4, 1 (total 30): 83% after 2, 97% after 3
        assertEquals(2, DimensionRule.ENERGY.choose(new double[] {4, 3, 2, 1}, 0.2, 4));
        assertEquals(3, DimensionRule.ENERGY.choose(new double[] {4, 3, 2, 1}, 0.05, 4));
        assertEquals(2, DimensionRule.ENERGY.choose(new double[] {4, 3, 2, 1}, 0.01, 2));
    }
}
