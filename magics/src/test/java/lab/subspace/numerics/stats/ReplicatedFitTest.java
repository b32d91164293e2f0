package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class ReplicatedFitTest {

    /** Levels 0, 1, 2 with 3, 2 and 4 replicates; reference values computed by hand (Python statistics). */
    @Test
    void matchesHandComputedWelchFit() {
        double[] x = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        double[] y = {1, 2, 3, 2, 4, 5, 6, 7, 9};
        ReplicatedFit f = ReplicatedFit.fit(x, y);
        assertEquals(2.375, f.slope(), 1e-13);
        assertEquals(1.5416666666666665, f.intercept(), 1e-13);
        assertEquals(0.5153882032022076, f.slopeStdError(), 1e-13);
        assertEquals(4.849596022374146, f.degreesOfFreedom(), 1e-10);
        assertArrayEquals(new int[] {3, 2, 4}, f.counts());
        assertArrayEquals(new double[] {2, 3, 6.75}, f.means(), 1e-14);
        Interval ci = f.slopeInterval(0.95);
        double t = SpecialFunctions.studentTQuantile(0.975, 4.849596022374146);
        assertEquals(2.375 - t * 0.5153882032022076, ci.lower(), 1e-10);
        assertEquals(2.375 + t * 0.5153882032022076, ci.upper(), 1e-10);
    }

    @Test
    void equalReplicatesGiveTheOrdinaryLeastSquaresSlope() {
        Rng rng = new Rng(3);
        double[] x = new double[30];
        double[] y = new double[30];
        for (int i = 0; i < 30; i++) {
            x[i] = i % 5;
            y[i] = 1 - 0.7 * x[i] + rng.gaussian();
        }
        assertEquals(LineFit.fit(x, y).slope(), ReplicatedFit.fit(x, y).slope(), 1e-12);
    }

    @Test
    void slopeDoesNotDependOnHowManyReplicatesALevelHas() {
        // level means 1 and 3 whatever the counts: slope 2 either way
        ReplicatedFit few = ReplicatedFit.fit(new double[] {0, 0, 1, 1}, new double[] {0, 2, 2, 4});
        ReplicatedFit many = ReplicatedFit.fit(new double[] {0, 0, 0, 0, 1, 1}, new double[] {0, 2, 0, 2, 2, 4});
        assertEquals(2, few.slope(), 1e-14);
        assertEquals(2, many.slope(), 1e-14);
        assertTrue(many.slopeStdError() < few.slopeStdError());
    }

    @Test
    void logLogRecoversAPowerLawExactly() {
        double[] n = {50, 50, 200, 200, 800, 800};
        double[] e = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            e[i] = 2 * Math.pow(n[i], -0.25);
        }
        ReplicatedFit f = ReplicatedFit.logLog(n, e);
        assertEquals(-0.25, f.slope(), 1e-13);
        assertEquals(0, f.slopeStdError(), 1e-15);
        Interval ci = f.slopeInterval(0.95);
        assertEquals(ci.lower(), ci.upper(), 1e-13);
        assertEquals(Math.log(2), f.intercept(), 1e-12);
    }

    @Test
    void differenceOfIndependentFitsAddsVariances() {
        double[] x = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        ReplicatedFit a = ReplicatedFit.fit(x, new double[] {1, 2, 3, 2, 4, 5, 6, 7, 9});
        ReplicatedFit b = ReplicatedFit.fit(x, new double[] {0, 1, 2, 1, 2, 3, 3, 4, 5});
        Interval d = ReplicatedFit.slopeDifference(a, b, 0.9);
        assertEquals(a.slope() - b.slope(), d.estimate(), 1e-14);
        double se = Math.hypot(a.slopeStdError(), b.slopeStdError());
        assertTrue(d.upper() - d.estimate() > SpecialFunctions.normalQuantile(0.95) * se, "t quantile exceeds the normal one");
        Interval self = ReplicatedFit.slopeDifference(a, a, 0.9);
        assertEquals(0, self.estimate(), 1e-14);
        assertTrue(self.contains(0));
    }

    @Test
    void misuseIsNamed() {
        assertEquals("x has 2 values but y has 3", assertThrows(IllegalArgumentException.class,
                () -> ReplicatedFit.fit(new double[] {1, 2}, new double[] {1, 2, 3})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ReplicatedFit.fit(new double[] {1, 1}, new double[] {1, 2})).getMessage().contains("2 distinct x values"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ReplicatedFit.fit(new double[] {1, 1, 2}, new double[] {1, 2, 3})).getMessage().contains("single replicate"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ReplicatedFit.logLog(new double[] {1, 1, 2, 2}, new double[] {1, 0, 3, 4})).getMessage().contains("y[1] = 0.0"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ReplicatedFit.fit(new double[] {1, 1, 2, 2}, new double[] {1, Double.NaN, 3, 4})).getMessage().contains("NaN"));
    }
}
