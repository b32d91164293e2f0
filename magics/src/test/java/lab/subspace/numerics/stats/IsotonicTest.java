package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class IsotonicTest {

    @Test
    void poolsAdjacentViolators() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 3.5, 3.5, 5}, Isotonic.fit(new double[] {1, 3, 2, 4, 3, 5}), 1e-15);
        assertArrayEquals(new double[] {2, 2, 2}, Isotonic.fit(new double[] {3, 2, 1}), 1e-15);
        // weights: (3 * 1 + 1 * 0) / 4
        assertArrayEquals(new double[] {0.75, 0.75}, Isotonic.fit(new double[] {1, 0}, new double[] {3, 1}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Isotonic.fit(new double[] {1}, new double[] {0}));
    }

    @Test
    void isTheLeastSquaresMonotoneFit() {
        // the optimum beats every other monotone candidate we try: random monotone perturbations
        Rng rng = new Rng(1);
        double[] y = rng.gaussianVector(40);
        double[] g = Isotonic.fit(y);
        double best = sse(y, g);
        for (int i = 1; i < g.length; i++) {
            assertTrue(g[i] >= g[i - 1]);
        }
        for (int t = 0; t < 200; t++) {
            double[] h = g.clone();
            int from = rng.nextInt(40);
            double delta = rng.gaussian(0, 0.1);
            for (int i = from; i < 40; i++) {
                h[i] += delta; // shifting a suffix; candidates that break monotonicity are skipped below
            }
            boolean monotone = true;
            for (int i = 1; i < 40; i++) {
                monotone &= h[i] >= h[i - 1];
            }
            if (monotone) {
                assertTrue(sse(y, h) >= best - 1e-12);
            }
        }
    }

    @Test
    void fitsAsAFunctionOfXWithInterpolation() {
        double[] x = {3, 1, 2, 2, 5};
        double[] y = {4, 0, 3, 1, 2};
        Isotonic.Fit f = Isotonic.fit(x, y, true);
        assertArrayEquals(new double[] {1, 2, 3, 5}, f.x());
        // pooled at x = 2: mean 2; then 4 and 2 violate: pooled to 3
        assertArrayEquals(new double[] {0, 2, 3, 3}, f.y(), 1e-15);
        assertEquals(1.0, f.predict(1.5), 1e-15);
        assertEquals(0.0, f.predict(-10));
        assertEquals(3.0, f.predict(99));
        Isotonic.Fit dec = Isotonic.fit(new double[] {1, 2, 3}, new double[] {1, 3, 0}, false);
        assertArrayEquals(new double[] {2, 2, 0}, dec.y(), 1e-15);
        assertArrayEquals(new double[] {2, 1}, dec.predict(new double[] {1.5, 2.5}), 1e-15);
    }

    private static double sse(double[] y, double[] g) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += (y[i] - g[i]) * (y[i] - g[i]);
        }
        return s;
    }
}
