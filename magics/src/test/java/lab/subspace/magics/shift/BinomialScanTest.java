package lab.subspace.magics.shift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.stats.Binomial;

class BinomialScanTest {

    /** P(statistic > t) by enumerating all 2^K label sequences with their probabilities. */
    private static double enumerated(BinomialScan scan, double t) {
        int kMax = scan.kMax();
        double p = scan.p();
        double total = 0;
        boolean[] labels = new boolean[kMax];
        for (int m = 0; m < (1 << kMax); m++) {
            int ones = 0;
            for (int j = 0; j < kMax; j++) {
                labels[j] = ((m >> j) & 1) == 1;
                ones += labels[j] ? 1 : 0;
            }
            if (scan.statistic(labels) > t) {
                total += Math.pow(p, ones) * Math.pow(1 - p, kMax - ones);
            }
        }
        return total;
    }

    @Test
    void scoresAreMinusLogBinomialUpperTailsFarIntoTheTail() {
        BinomialScan scan = BinomialScan.of(0.3, 20, 500);
        int[][] ks = {{1, 1}, {20, 7}, {20, 20}, {137, 41}, {137, 120}, {500, 150}, {500, 480}, {500, 500}};
        for (int[] ks1 : ks) {
            double expected = -Binomial.logUpperTail(ks1[0], 0.3, ks1[1]);
            assertEquals(expected, scan.score(ks1[0], ks1[1]), 1e-11 * Math.max(1, expected), Arrays.toString(ks1));
        }
        assertEquals(0, scan.score(500, 0));
        assertEquals(-500 * Math.log(0.3), scan.score(500, 500), 1e-9); // P(all successes) = p^k
    }

    @Test
    void exceedanceEqualsEnumerationOfAllSequences() {
        for (double p : new double[] {0.5, 0.3}) {
            BinomialScan scan = BinomialScan.of(p, 3, 16);
            for (double t = 0.05; t < 12; t += 0.7) {
                double exact = enumerated(scan, t);
                assertEquals(exact, scan.exceedance(t), 1e-12 + 1e-10 * exact, "p = " + p + ", t = " + t);
            }
        }
    }

    @Test
    void exceedanceDecreasesFromOneToZero() {
        BinomialScan scan = BinomialScan.of(0.5, 20, 200);
        assertEquals(1, scan.exceedance(-1));
        assertEquals(0, scan.exceedance(scan.score(200, 200)));
        double prev = 1;
        for (double t = 0; t < 40; t += 0.5) {
            double e = scan.exceedance(t);
            assertTrue(e <= prev, "t = " + t);
            prev = e;
        }
    }

    @Test
    void thresholdIsTheSmallestValueWithExceedanceAtMostAlpha() {
        BinomialScan scan = BinomialScan.of(0.5, 20, 300);
        for (double alpha : new double[] {1e-2, 1e-5}) {
            NullThreshold t = scan.threshold(alpha);
            assertTrue(t.exceedance() <= alpha, "exceedance " + t.exceedance());
            assertEquals(scan.exceedance(t.value()), t.exceedance());
            // just below the threshold the null mass at it counts too: more than alpha
            assertTrue(scan.exceedance(Math.nextDown(t.value())) > alpha);
            assertEquals(NullModel.EXACT, t.model());
        }
        // a single neighbourhood size: the threshold is a plain binomial tail quantile
        BinomialScan one = BinomialScan.of(0.5, 10, 10);
        NullThreshold t = one.threshold(0.05);
        assertEquals(one.score(10, 8), t.value(), 1e-12); // P(X >= 9) = 11/1024 <= 0.05 < P(X >= 8) = 56/1024
        assertEquals(11.0 / 1024, t.exceedance(), 1e-15);
    }

    @Test
    void simulationIsSeededAndAgreesWithTheExactTail() {
        BinomialScan scan = BinomialScan.of(0.4, 10, 100);
        double[] a = scan.simulate(20000, 3);
        assertArrayEquals(a, scan.simulate(20000, 3));
        assertFalse(Arrays.equals(a, scan.simulate(20000, 4)));
        for (double t : new double[] {1, 3, 5, 7}) {
            double pe = scan.exceedance(t);
            double ps = Arrays.stream(a).filter(v -> v > t).count() / (double) a.length;
            assertEquals(pe, ps, 4.5 * Math.sqrt(pe * (1 - pe) / a.length), "t = " + t);
        }
        NullThreshold sim = scan.simulatedThreshold(1e-2, 20000, 3);
        assertEquals(NullModel.SIMULATED, sim.model());
        assertEquals(20000, sim.sequences());
        assertEquals(1e-2, sim.exceedance(), 0.25e-2); // 200 sequences above: ~7% relative error
    }

    @Test
    void simulatedQuantileLeavesAtMostAlphaNAbove() {
        BinomialScan scan = BinomialScan.of(0.5, 1, 4);
        double[] sorted = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
        assertEquals(0.8, scan.simulatedThreshold(sorted, 0.2).value()); // two values above
        assertEquals(1.0, scan.simulatedThreshold(sorted, 0.05).value()); // none may be above
    }

    @Test
    void statisticTakesTheMaximumOverTheScannedSizes() {
        BinomialScan scan = BinomialScan.of(0.5, 3, 6);
        boolean[] labels = {true, true, true, false, false, false};
        // S_3 = 3 is the extreme: P(Bin(3, 1/2) >= 3) = 1/8
        assertEquals(Math.log(8), scan.statistic(labels), 1e-12);
        boolean[] none = new boolean[6];
        assertEquals(0, scan.statistic(none), 1e-15);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> BinomialScan.of(0, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> BinomialScan.of(1, 1, 5));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BinomialScan.of(0.5, 6, 5));
        assertEquals("need 1 <= kMin <= kMax but kMin = 6, kMax = 5", e.getMessage());
        BinomialScan scan = BinomialScan.of(0.5, 1, 5);
        assertThrows(IllegalArgumentException.class, () -> scan.threshold(0));
        assertThrows(IllegalArgumentException.class, () -> scan.statistic(new boolean[4]));
        assertThrows(IllegalArgumentException.class, () -> scan.score(6, 1));
        assertThrows(IllegalArgumentException.class, () -> scan.simulate(0, 1));
    }
}
