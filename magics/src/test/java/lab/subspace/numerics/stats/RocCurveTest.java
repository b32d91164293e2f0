package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class RocCurveTest {

    @Test
    void areaEqualsTheMannWhitneyAurocWithTies() {
        Rng rng = new Rng(1);
        double[] s = new double[300];
        boolean[] p = new boolean[300];
        for (int i = 0; i < s.length; i++) {
            p[i] = rng.bernoulli(0.3);
            s[i] = Math.round(4 * rng.gaussian() + (p[i] ? 2 : 0)); // many ties
        }
        RocCurve roc = RocCurve.of(s, p);
        assertEquals(Auroc.of(s, p), roc.area(), 1e-12);
        assertEquals(0, roc.fpr()[0]);
        assertEquals(1, roc.fpr()[roc.fpr().length - 1]);
        assertEquals(1, roc.tpr()[roc.tpr().length - 1]);
        for (int i = 1; i < roc.fpr().length; i++) {
            assertEquals(true, roc.fpr()[i] >= roc.fpr()[i - 1] && roc.tpr()[i] >= roc.tpr()[i - 1]);
        }
    }

    @Test
    void perfectAndReversedScores() {
        double[] s = {1, 2, 3, 4};
        boolean[] p = {false, false, true, true};
        RocCurve perfect = RocCurve.of(s, p);
        assertEquals(1, perfect.area(), 0);
        assertEquals(1, perfect.tprAt(0), 0);
        RocCurve reversed = RocCurve.of(new double[] {4, 3, 2, 1}, p);
        assertEquals(0, reversed.area(), 0);
        // points (0, 0), (0.5, 0), (1, 0), (1, 0.5), (1, 1)
        assertEquals(0, reversed.tprAt(0.75), 0);
        assertEquals(1, reversed.tprAt(1), 0);
        assertEquals(0.5, RocCurve.of(new double[] {1, 2, 3, 4}, new boolean[] {true, false, true, false}).tprAt(0.75), 1e-12);
    }

    @Test
    void badInputsAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {1, 2}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {1, 2}, new boolean[] {true, true}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {1, Double.NaN}, new boolean[] {true, false}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {1, 2}, new boolean[] {true, false}).tprAt(2));
    }
}
