package lab.subspace.magics.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForwardProcessTest {

    @Test
    void signalAndNoiseKeepUnitVariance() {
        for (double t : new double[] {1e-9, 1e-3, 0.5, 3, 20}) {
            double a = ForwardProcess.alpha(t);
            assertEquals(1, a * a + ForwardProcess.variance(t), 1e-15);
        }
        // accurate where 1 - e^{-2t} cancels
        assertEquals(2e-12 - 2e-24, ForwardProcess.variance(1e-12), 1e-27);
        assertEquals(Math.sqrt(2e-12), ForwardProcess.sigma(1e-12), 1e-18);
    }

    @Test
    void earlyStopIsScaleTimesNToTheMinusTwoOverK() {
        assertEquals(1.0 / 640000, ForwardProcess.earlyStop(800, 1, 1), 1e-18);
        assertEquals(0.5 / 800, ForwardProcess.earlyStop(800, 2, 0.5), 1e-15);
        assertEquals(Math.pow(800, -0.5), ForwardProcess.earlyStop(800, 4, 1), 1e-15);
        assertEquals("the intrinsic dimension k must be >= 1 but is 0",
                assertThrows(IllegalArgumentException.class, () -> ForwardProcess.earlyStop(10, 0, 1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ForwardProcess.earlyStop(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> ForwardProcess.earlyStop(10, 1, Double.NaN));
    }

    @Test
    void timeGridIsGeometricFromTMaxToT0() {
        double[] t = ForwardProcess.timeGrid(10, 1e-3, 4);
        assertEquals(5, t.length);
        assertEquals(10, t[0]);
        assertEquals(1e-3, t[4]);
        for (int i = 1; i < t.length; i++) {
            assertEquals(10.0, t[i - 1] / t[i], 1e-12);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ForwardProcess.timeGrid(1, 2, 3)).getMessage()
                .contains("0 < t0 < tMax"));
        assertThrows(IllegalArgumentException.class, () -> ForwardProcess.timeGrid(1, 0.1, 0));
    }
}
