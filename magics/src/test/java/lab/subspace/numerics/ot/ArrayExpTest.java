package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ArrayExpTest {

    /** Table values and the polynomial each round once or twice. */
    private static final double MAX_ULP = 2;

    private static double[] exp(double... x) {
        double[] out = x.clone();
        ArrayExp.exp(out, new double[x.length], new double[x.length]);
        return out;
    }

    @Test
    void agreesWithMathExpWithinTwoUlpOverTheWholeRange() {
        SplittableRandom rng = new SplittableRandom(7);
        double[] x = new double[200_000];
        for (int j = 0; j < x.length; j++) {
            x[j] = -760 + 1480 * rng.nextDouble();   // past both ends: subnormal, zero, overflow
        }
        double[] got = exp(x);
        for (int j = 0; j < x.length; j++) {
            double want = Math.exp(x[j]);
            double ulp = want == 0 ? Double.MIN_VALUE : Math.ulp(want);
            assertTrue(Math.abs(got[j] - want) <= MAX_ULP * ulp || got[j] == want,
                    "exp(" + x[j] + ") = " + got[j] + ", Math.exp gives " + want);
        }
    }

    @Test
    void isAccurateNearZeroAndOnTableNodes() {
        double[] x = {0, -0.0, 1e-300, -1e-17, Math.log(2) / 64, -Math.log(2) / 128, 1, -1, Math.log(2), -50 * Math.log(2)};
        double[] got = exp(x);
        for (int j = 0; j < x.length; j++) {
            double want = Math.exp(x[j]);
            assertTrue(Math.abs(got[j] - want) <= MAX_ULP * Math.ulp(want), "exp(" + x[j] + ") = " + got[j] + " vs " + want);
        }
        assertEquals(1.0, got[0]);
        assertEquals(0.5, exp(-Math.log(2))[0], 2 * Math.ulp(0.5));
    }

    @Test
    void limitsAndSpecialValuesMatchMathExp() {
        double[] x = {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NaN, -745.2, -800, 709.8, 1000, -700.5, 700.5};
        double[] got = exp(x);
        assertEquals(0.0, got[0]);
        assertEquals(Double.POSITIVE_INFINITY, got[1]);
        assertTrue(Double.isNaN(got[2]));
        assertEquals(0.0, got[4]);
        assertEquals(Double.POSITIVE_INFINITY, got[5]);
        assertEquals(Double.POSITIVE_INFINITY, got[6]);
        for (int j = 3; j < x.length; j++) {
            assertEquals(Math.exp(x[j]), got[j], "exp(" + x[j] + ")");
        }
    }

    @Test
    void usesOnlyTheFirstEntriesOfLargerScratchArrays() {
        double[] x = {-1, -2, -3};
        ArrayExp.exp(x, new double[10], new double[10]);
        assertEquals(Math.exp(-2), x[1], 2 * Math.ulp(Math.exp(-2)));
    }
}
