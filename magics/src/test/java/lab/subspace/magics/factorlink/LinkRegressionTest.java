package lab.subspace.magics.factorlink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LinkRegressionTest {

    private static double[] gaussian(int n, long seed) {
        Random r = new Random(seed);
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = r.nextGaussian();
        }
        return z;
    }

    @Test
    void recoversSmoothLinksFromNoiselessData() {
        double[] z = gaussian(3000, 1);
        for (Link g : Link.values()) {
            double[] y = g.values(z);
            EstimatedLink e = LinkRegression.fit(z, y, 12, Double.NaN);
            double num = 0;
            double den = 0;
            for (int i = 0; i < z.length; i++) {
                double d = e.value(z[i]) - y[i];
                num += d * d;
                den += y[i] * y[i];
            }
            assertTrue(Math.sqrt(num / den) < 1e-3, g + ": relative error " + Math.sqrt(num / den));
        }
    }

    @Test
    void linearLinkIsExactAndAffineInvariant() {
        double[] z = gaussian(500, 2);
        double[] y = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            y[i] = 3 + 2 * z[i];
        }
        EstimatedLink e = LinkRegression.fit(z, y, 12, 0.0);
        for (double t = -1.5; t <= 1.5; t += 0.1) {
            assertEquals(3 + 2 * t, e.value(t), 1e-6);
            assertEquals(2, e.derivative(t), 1e-4);
        }
    }

    @Test
    void resultIsMonotoneEvenForDecreasingNoisyData() {
        double[] z = gaussian(800, 3);
        Random r = new Random(4);
        double[] y = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            y[i] = Math.sin(3 * z[i]) + 0.3 * r.nextGaussian();
        }
        EstimatedLink e = LinkRegression.fit(z, y, 20, 1e-8);
        double previous = Double.NEGATIVE_INFINITY;
        for (double t = e.zMin() - 1; t <= e.zMax() + 1; t += 0.01) {
            assertTrue(e.value(t) >= previous - 1e-12);
            previous = e.value(t);
        }
    }

    @Test
    void constantIndexGivesAFlatLinkAtTheMean() {
        EstimatedLink e = LinkRegression.fit(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 6}, 12, Double.NaN);
        assertEquals(3, e.value(-5), 1e-12);
        assertEquals(3, e.value(7), 1e-12);
    }

    @Test
    void rejectsMisuse() {
        assertThrows(IllegalArgumentException.class, () -> LinkRegression.fit(new double[3], new double[4], 12, 0));
        assertThrows(IllegalArgumentException.class, () -> LinkRegression.fit(new double[2], new double[2], 12, 0));
        assertThrows(IllegalArgumentException.class, () -> LinkRegression.fit(new double[5], new double[5], 2, 0));
        assertThrows(IllegalArgumentException.class, () -> LinkRegression.fit(new double[5], new double[5], 12, -1));
        assertThrows(IllegalArgumentException.class, () -> LinkRegression.fit(new double[] {0, 1, Double.NaN},
                new double[3], 12, 0));
    }
}
