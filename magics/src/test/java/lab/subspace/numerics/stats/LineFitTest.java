package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class LineFitTest {

    @Test
    void matchesNumpyLeastSquares() {
        LineFit f = LineFit.fit(new double[] {1, 2, 3, 4, 5}, new double[] {2.1, 3.9, 6.2, 7.8, 10.1});
        assertEquals(1.9900000000000002, f.slope(), 1e-13);
        assertEquals(0.049999999999996575, f.intercept(), 1e-13);
        assertEquals(0.059721576223896455, f.slopeStdError(), 1e-13);
        assertEquals(0.19807406022327465, f.interceptStdError(), 1e-13);
        assertEquals(0.9973053289009771, f.r2(), 1e-13);
        Interval ci = f.slopeInterval(0.95);
        assertEquals(1.99 - 3.182446305284263 * 0.059721576223896455, ci.lower(), 1e-11);
        assertTrue(ci.contains(2));
        assertEquals(6.02, f.predict(3), 1e-12);
    }

    @Test
    void logLogRecoversPowerLaws() {
        double[] n = {50, 100, 200, 400, 800};
        double[] err = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            err[i] = 3 * Math.pow(n[i], -0.5);
        }
        LineFit f = LineFit.logLog(n, err);
        assertEquals(-0.5, f.slope(), 1e-13);
        assertEquals(Math.log(3), f.intercept(), 1e-12);
        assertEquals(0, f.slopeStdError(), 1e-13);
        assertEquals(-2, LineFit.semiLog(new double[] {0, 1, 2}, new double[] {1, Math.exp(-2), Math.exp(-4)}).slope(),
                1e-13);
        assertEquals("y must be positive for a log fit but y[1] = 0.0", assertThrows(IllegalArgumentException.class,
                () -> LineFit.logLog(new double[] {1, 2}, new double[] {1, 0})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LineFit.fit(new double[] {1, 1}, new double[] {1, 2}));
        assertTrue(Double.isNaN(LineFit.fit(new double[] {1, 2}, new double[] {1, 2}).slopeInterval(0.9).lower()));
    }

    @Test
    void slopeIntervalsHaveTheirNominalCoverage() {
        Rng rng = new Rng(3);
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
        int covered = 0;
        int reps = 3000;
        for (int r = 0; r < reps; r++) {
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = 1 - 0.7 * x[i] + rng.gaussian();
            }
            if (LineFit.fit(x, y).slopeInterval(0.9).contains(-0.7)) {
                covered++;
            }
        }
        assertEquals(0.9, covered / (double) reps, 0.015);
    }
}
