package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

/** Descriptive, Bootstrap, Correlation and Auroc. */
class SampleStatsTest {

    @Test
    void descriptiveMatchesNumpy() {
        double[] x = {3, 1, 4, 1, 5, 9, 2, 6};
        assertArrayEquals(new double[] {1, 1.75, 3.5, 6.9}, Descriptive.quantiles(x, 0.1, 0.25, 0.5, 0.9), 1e-12);
        assertEquals(2.138089935299395, Descriptive.sd(new double[] {2, 4, 4, 4, 5, 5, 7, 9}), 1e-15);
        assertEquals(3.875, Descriptive.mean(x));
        Summary s = Descriptive.summary(x);
        assertEquals(8, s.n());
        assertEquals(9, s.max());
        assertEquals(3.5, s.median());
        assertEquals(0, Descriptive.variance(new double[] {4}));
        assertThrows(IllegalArgumentException.class, () -> Descriptive.mean(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Descriptive.quantile(x, 1.2));
    }

    @Test
    void bootstrapIsSeededAndCalibrated() {
        double[] x = new Rng(1).gaussianVector(400);
        Interval a = Bootstrap.interval(x, Descriptive::mean, 1000, 0.95, 7);
        Interval b = Bootstrap.interval(x, Descriptive::mean, 1000, 0.95, 7);
        assertEquals(a, b);
        assertEquals(Descriptive.mean(x), a.estimate());
        // percentile interval of the mean ~ mean +- 1.96 sd / sqrt(n)
        double half = 1.96 * Descriptive.sd(x) / Math.sqrt(x.length);
        assertEquals(2 * half, a.width(), 0.15 * 2 * half);
        assertTrue(a.contains(a.estimate()));
        double[] y = new double[400];
        for (int i = 0; i < 400; i++) {
            y[i] = x[i] + 1;
        }
        Interval paired = Bootstrap.interval(400, idx -> {
            double d = 0;
            for (int i : idx) {
                d += y[i] - x[i];
            }
            return d / idx.length;
        }, 200, 0.9, 3);
        assertEquals(1, paired.lower(), 1e-12);
        assertEquals(1, paired.upper(), 1e-12);
    }

    @Test
    void spearmanAndPearson() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(1, Correlation.spearman(x, new double[] {1, 8, 27, 64, 125}), 1e-15);
        assertEquals(-1, Correlation.spearman(x, new double[] {5, 3, 2, 0, -9}), 1e-15);
        assertEquals(0.9486832980505139, Correlation.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}),
                1e-15);
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Correlation.ranks(new double[] {1, 2, 2, 3}));
        assertEquals(1, Correlation.pearson(x, new double[] {3, 5, 7, 9, 11}), 1e-15);
        assertTrue(Double.isNaN(Correlation.pearson(x, new double[] {1, 1, 1, 1, 1})));
        assertThrows(IllegalArgumentException.class, () -> Correlation.spearman(x, new double[3]));
    }

    @Test
    void aurocMatchesPairCounting() {
        assertEquals(1, Auroc.of(new double[] {0.1, 0.2, 0.8, 0.9}, new int[] {0, 0, 1, 1}));
        assertEquals(0, Auroc.of(new double[] {0.9, 0.8, 0.2, 0.1}, new int[] {0, 0, 1, 1}));
        assertEquals(0.5, Auroc.of(new double[] {1, 1, 1, 1}, new int[] {0, 1, 0, 1}));
        Rng rng = new Rng(4);
        double[] s = new double[300];
        boolean[] pos = new boolean[300];
        for (int i = 0; i < 300; i++) {
            pos[i] = rng.bernoulli(0.3);
            s[i] = Math.round(4 * (rng.gaussian() + (pos[i] ? 1 : 0))) / 4.0; // many ties
        }
        double pairs = 0;
        long count = 0;
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 300; j++) {
                if (pos[i] && !pos[j]) {
                    pairs += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                    count++;
                }
            }
        }
        assertEquals(pairs / count, Auroc.of(s, pos), 1e-12);
        assertEquals("AUROC needs both classes but there are 0 positives and 2 negatives",
                assertThrows(IllegalArgumentException.class, () -> Auroc.of(new double[2], new int[2])).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Auroc.of(new double[1], new int[] {2}));
    }
}
