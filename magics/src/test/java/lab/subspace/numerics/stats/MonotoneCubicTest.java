package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;


class MonotoneCubicTest {

    @Test
    void reproducesAMonotoneCubicWithExactSlopes() {
        int n = 21;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] d = new double[n];
        for (int k = 0; k < n; k++) {
            x[k] = -1 + 2.0 * k / (n - 1);
            y[k] = x[k] * x[k] * x[k] + x[k];
            d[k] = 3 * x[k] * x[k] + 1;
        }
        MonotoneCubic c = MonotoneCubic.of(x, y, d);
        for (double t = -1; t <= 1; t += 0.013) {
            assertEquals(t * t * t + t, c.value(t), 1e-12);
            assertEquals(3 * t * t + 1, c.derivative(t), 1e-10);
        }
    }

    @Test
    void staysMonotoneWithWildSlopesAndExtrapolatesLinearly() {
        Random r = new Random(3);
        double[] x = new double[30];
        double[] y = new double[30];
        double[] d = new double[30];
        for (int k = 0; k < 30; k++) {
            x[k] = k + r.nextDouble() * 0.5;
            y[k] = (k == 0 ? 0 : y[k - 1]) + (r.nextBoolean() ? 0 : r.nextDouble());
            d[k] = 50 * r.nextGaussian();
        }
        MonotoneCubic c = MonotoneCubic.of(x, y, d);
        double previous = Double.NEGATIVE_INFINITY;
        for (double t = -2; t < 33; t += 0.01) {
            double v = c.value(t);
            assertTrue(v >= previous - 1e-12, "decreases at " + t);
            assertTrue(c.derivative(t) >= -1e-12);
            previous = v;
        }
        for (int k = 0; k < 30; k++) {
            assertEquals(y[k], c.value(x[k]), 1e-12);
        }
        double slope = c.slopes()[29];
        assertEquals(y[29] + slope * 3, c.value(x[29] + 3), 1e-9);
    }

    @Test
    void stretchingRescalesTheAxis() {
        MonotoneCubic c = MonotoneCubic.of(new double[] {0, 1, 2}, new double[] {0, 1, 4}, new double[] {0, 2, 4});
        MonotoneCubic s = c.stretched(2);
        for (double u = -0.5; u < 1.5; u += 0.1) {
            assertEquals(c.value(2 * u), s.value(u), 1e-12);
            assertEquals(2 * c.derivative(2 * u), s.derivative(u), 1e-12);
        }
    }

    @Test
    void rejectsMisuse() {
        assertThrows(IllegalArgumentException.class, () -> MonotoneCubic.of(new double[] {0, 0}, new double[] {0, 1},
                new double[2]));
        assertThrows(IllegalArgumentException.class, () -> MonotoneCubic.of(new double[] {0, 1}, new double[] {1, 0},
                new double[2]));
        assertThrows(IllegalArgumentException.class, () -> MonotoneCubic.of(new double[] {0}, new double[] {0},
                new double[1]));
        assertThrows(IllegalArgumentException.class, () -> MonotoneCubic.of(new double[] {0, 1}, new double[] {0, 1},
                new double[3]));
    }
}
