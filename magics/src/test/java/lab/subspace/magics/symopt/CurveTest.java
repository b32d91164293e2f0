package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurveTest {

    @Test
    void mismatchedLengthsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RunTrace("m", 0.1, new int[] {0, 10}, new double[] {1}, new double[] {0, 0}, false));
        assertEquals("steps, loss and imbalance differ in length: 2, 1, 2", e.getMessage());
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] loss = {2, 1};
        Setting s = new Setting("m", "r", 0.1, new int[] {0, 10}, loss, new double[] {0.5, 0.2}, 0, 0, 0);
        loss[1] = 99;
        s.loss()[1] = 98;
        assertArrayEquals(new double[] {2, 1}, s.loss());
        assertEquals(1, s.finalLoss());
        assertEquals(0.2, s.finalImbalance());
    }

    @Test
    void divergedRunsEndAtInfinityAndNaN() {
        RunTrace t = new RunTrace("m", 0.1, new int[] {0}, new double[] {1}, new double[] {0.3}, true);
        assertEquals(Double.POSITIVE_INFINITY, t.finalLoss());
        assertTrue(Double.isNaN(t.finalImbalance()));
        Setting empty = new Setting("m", "r", 0.1, new int[0], new double[0], new double[0], 0, Double.NaN, 0);
        assertEquals(Double.POSITIVE_INFINITY, empty.finalLoss());
    }
}
