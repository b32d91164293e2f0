package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;

class BinomialTest {

    /** Exact P(X >= s) in 60-digit decimal arithmetic. */
    private static double exactLogUpperTail(int n, double p, int s) {
        MathContext mc = new MathContext(60);
        BigDecimal bp = new BigDecimal(p);
        BigDecimal bq = BigDecimal.ONE.subtract(bp);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal choose = BigDecimal.ONE;
        for (int j = 0; j <= n; j++) {
            if (j > 0) {
                choose = choose.multiply(BigDecimal.valueOf(n - j + 1)).divide(BigDecimal.valueOf(j), mc);
            }
            if (j >= s) {
                sum = sum.add(choose.multiply(bp.pow(j, mc), mc).multiply(bq.pow(n - j, mc), mc), mc);
            }
        }
        // log of a BigDecimal: scale into double range first
        int shift = sum.precision() - sum.scale() - 1;
        double mantissa = sum.movePointLeft(shift).doubleValue();
        return Math.log(mantissa) + shift * Math.log(10);
    }

    @Test
    void agreesWithExactArithmeticAcrossTheRange() {
        int[][] cases = {{60, 1}, {60, 20}, {60, 30}, {60, 45}, {60, 60}, {300, 100}, {300, 250}, {25, 3}};
        for (double p : new double[] {0.5, 0.1, 0.33, 0.9}) {
            for (int[] c : cases) {
                double exact = exactLogUpperTail(c[0], p, c[1]);
                double got = Binomial.logUpperTail(c[0], p, c[1]);
                assertEquals(exact, got, 1e-11 * Math.max(1, Math.abs(exact)), "n=" + c[0] + " s=" + c[1] + " p=" + p);
            }
        }
    }

    @Test
    void tinyTailsAndEdges() {
        assertEquals(500 * Math.log(0.5), Binomial.logUpperTail(500, 0.5, 500), 1e-10);
        assertEquals(0.0, Binomial.logUpperTail(10, 0.3, 0));
        assertEquals(Double.NEGATIVE_INFINITY, Binomial.logUpperTail(10, 0.3, 11));
        assertEquals(Double.NEGATIVE_INFINITY, Binomial.logUpperTail(10, 0, 1));
        assertEquals(0.0, Binomial.logUpperTail(10, 1, 10));
        assertEquals(Math.log(0.3), Binomial.logPmf(1, 0.3, 1), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Binomial.logUpperTail(10, 1.5, 3));
        // monotone in s
        double prev = 0;
        for (int s = 0; s <= 200; s++) {
            double v = Binomial.logUpperTail(200, 0.2, s);
            assertEquals(true, v <= prev + 1e-15, "s = " + s);
            prev = v;
        }
    }
}
