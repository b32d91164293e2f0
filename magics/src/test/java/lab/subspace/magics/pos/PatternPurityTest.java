package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class PatternPurityTest {

    /** n points of K labels (i % K); unit u fires (value in (0, 1]) only on label u % K with probability p. */
    private static DMatrixRMaj selective(int n, int k, int units, double p, long seed, int[] labels) {
        Rng rng = new Rng(seed);
        DMatrixRMaj h = new DMatrixRMaj(n, units);
        for (int i = 0; i < n; i++) {
            labels[i] = i % k;
            for (int u = 0; u < units; u++) {
                if (u % k == labels[i] && rng.bernoulli(p)) {
                    h.set(i, u, rng.uniform(0.1, 1));
                }
            }
        }
        return h;
    }

    @Test
    void perfectlySelectiveUnitsGivePurityOne() {
        int[] labels = new int[400];
        DMatrixRMaj h = selective(400, 4, 32, 0.5, 1, labels);
        PatternPurity p = PatternPurity.of("selective", h, labels, 3);
        assertEquals(1, p.purity(), 1e-12);
        for (double v : p.perLabel()) {
            assertEquals(1, v, 1e-12);
        }
        assertEquals(0.25, p.chance(), 0.01);
        assertEquals(1, p.unitSelectivity(), 1e-12);
        assertTrue(p.clusterPurity() > 0.95, "cluster purity " + p.clusterPurity());
        assertEquals(4, p.liftOverChance(), 0.2);
        assertEquals(0.125, p.activeFraction(), 0.02);
        // the sorted profiles are block diagonal: unit t of the sorted order belongs to owner t / 8
        double[][] z = p.sortedProfiles();
        for (int t = 0; t < 32; t++) {
            assertEquals(1, z[t / 8][t], 1e-12);
        }
    }

    @Test
    void patternsThatIgnoreTheLabelScoreAtChance() {
        Rng rng = new Rng(2);
        int n = 4000;
        int[] labels = new int[n];
        DMatrixRMaj h = new DMatrixRMaj(n, 16);
        for (int i = 0; i < n; i++) {
            labels[i] = i % 4;
            for (int u = 0; u < 16; u++) {
                h.set(i, u, Math.max(0, rng.gaussian()));
            }
        }
        PatternPurity p = PatternPurity.of("random", h, labels, 1);
        assertEquals(p.chance(), p.purity(), 0.02);
        for (int c = 0; c < 4; c++) {
            assertEquals(p.chancePerLabel()[c], p.perLabel()[c], 0.03);
        }
        assertEquals(0.5, p.activeFraction(), 0.02);
        assertTrue(p.unitSelectivity() < 0.3);
    }

    @Test
    void deadUnitsAndSilentPointsAreCounted() {
        DMatrixRMaj owner = new DMatrixRMaj(new double[][] {{1, 0, 0}, {0, 1, 0}});
        DMatrixRMaj eval = new DMatrixRMaj(new double[][] {{2, 0, 5}, {0, 0, 0}, {0, 3, 0}});
        PatternPurity p = PatternPurity.of("toy", owner, new int[] {0, 1}, eval, new int[] {0, 1, 0}, 1);
        assertEquals(1, p.deadUnits());
        assertEquals(1, p.silentPoints());
        assertEquals(-1, p.owners()[2]);
        // point 0 (label 0): its live unit 0 is owned by 0 -> 1; point 2 (label 0): unit 1 owned by 1 -> 0
        assertEquals(0.5, p.perLabel()[0], 1e-12);
        assertEquals(0.5, p.purity(), 1e-12);
    }

    @Test
    void misuseIsNamed() {
        DMatrixRMaj h = new Rng(1).gaussian(10, 3);
        assertThrows(IllegalArgumentException.class, () -> PatternPurity.of("x", h, new int[9], 1));
        assertThrows(IllegalArgumentException.class, () -> PatternPurity.of("x", new DMatrixRMaj(3, 2), new int[3], 1));
        int[] bad = new int[10];
        bad[3] = -2;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PatternPurity.of("x", h, bad, 1)).getMessage().contains("-2"));
        DMatrixRMaj nan = h.copy();
        nan.set(0, 0, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> PatternPurity.of("x", nan, new int[10], 1));
    }
}
