package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.random.Rng;

class NadarayaWatsonTest {

    @Test
    void softmaxAttentionIsNadarayaWatsonForEverySizeTried() {
        for (int[] s : new int[][] {{1, 1, 1, 1, 1}, {5, 40, 12, 3, 4}, {16, 128, 32, 4, 8}}) {
            IdentityReport r = AttentionIdentity.check(s[0], s[1], s[2], s[3], s[4], 11);
            assertEquals(4, r.checks().size());
            assertTrue(r.holds(), r.checks().toString());
            assertTrue(r.maxDifference() < 1e-13, "max difference " + r.maxDifference());
        }
    }

    @Test
    void weightsAreTheAttentionMatrix() {
        Rng rng = new Rng(1);
        DMatrixRMaj q = rng.gaussian(4, 3);
        DMatrixRMaj k = rng.gaussian(9, 3);
        DMatrixRMaj w = NadarayaWatson.weights(SmoothingKernel.exponential(Math.sqrt(3)), k, q);
        // softmax(Q K^T / sqrt(d_k)) row by row, written out
        for (int i = 0; i < 4; i++) {
            double total = 0;
            double[] e = new double[9];
            for (int j = 0; j < 9; j++) {
                double dot = 0;
                for (int c = 0; c < 3; c++) {
                    dot += q.get(i, c) * k.get(j, c);
                }
                e[j] = Math.exp(dot / Math.sqrt(3));
                total += e[j];
            }
            for (int j = 0; j < 9; j++) {
                assertEquals(e[j] / total, w.get(i, j), 1e-15);
            }
        }
        assertEquals(4, CommonOps_DDRM.elementSum(w), 1e-12);
    }

    @Test
    void bandwidthLimitsGiveTheMeanAndTheNearestNeighbour() {
        Rng rng = new Rng(2);
        DMatrixRMaj keys = rng.gaussian(30, 2);
        double[] values = rng.gaussianVector(30);
        DMatrixRMaj queries = rng.gaussian(5, 2);
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        for (double v : NadarayaWatson.estimate(SmoothingKernel.gaussian(1e6), keys, values, queries)) {
            assertEquals(mean, v, 1e-9);
        }
        double[] nearest = NadarayaWatson.estimate(SmoothingKernel.gaussian(1e-4), keys, values, queries);
        for (int q = 0; q < 5; q++) {
            int best = 0;
            double bestD = Double.MAX_VALUE;
            for (int i = 0; i < 30; i++) {
                double d = Math.hypot(keys.get(i, 0) - queries.get(q, 0), keys.get(i, 1) - queries.get(q, 1));
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            assertEquals(values[best], nearest[q], 1e-12);
        }
    }

    @Test
    void estimatesIgnoreTheOrderOfKeysAndReproduceConstants() {
        Rng rng = new Rng(3);
        DMatrixRMaj keys = rng.gaussian(20, 3);
        double[] values = rng.gaussianVector(20);
        DMatrixRMaj queries = rng.gaussian(6, 3);
        SmoothingKernel k = SmoothingKernel.gaussian(0.8);
        int[] perm = rng.permutation(20);
        double[] permuted = new double[20];
        for (int i = 0; i < 20; i++) {
            permuted[i] = values[perm[i]];
        }
        assertArrayEquals(NadarayaWatson.estimate(k, keys, values, queries),
                NadarayaWatson.estimate(k, RowOps.select(keys, perm), permuted, queries), 1e-13);
        double[] constant = new double[20];
        java.util.Arrays.fill(constant, 2.5);
        for (double v : NadarayaWatson.estimate(k, keys, constant, queries)) {
            assertEquals(2.5, v, 1e-14);
        }
        // far-away queries do not overflow: the softmax is shifted by its maximum
        DMatrixRMaj far = new DMatrixRMaj(new double[][] {{1e3, -1e3, 1e3}});
        assertTrue(Double.isFinite(NadarayaWatson.estimate(k, keys, values, far)[0]));
    }

    @Test
    void misuseIsNamed() {
        Rng rng = new Rng(4);
        SmoothingKernel k = SmoothingKernel.gaussian(1);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> NadarayaWatson.estimate(k, rng.gaussian(5, 2), new double[5], rng.gaussian(3, 3))).getMessage()
                .contains("keys has 2 columns but queries has 3"));
        assertThrows(IllegalArgumentException.class, () -> NadarayaWatson.estimate(k, rng.gaussian(5, 2), new double[4], rng.gaussian(3, 2)));
        assertThrows(IllegalArgumentException.class, () -> NadarayaWatson.estimate(k, new DMatrixRMaj(0, 2), new double[0], rng.gaussian(3, 2)));
        double[] nan = new double[5];
        nan[2] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> NadarayaWatson.estimate(k, rng.gaussian(5, 2), nan, rng.gaussian(3, 2)));
        assertThrows(IllegalArgumentException.class, () -> SmoothingKernel.gaussian(0));
        assertThrows(IllegalArgumentException.class, () -> SmoothingKernel.exponential(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> AttentionIdentity.check(0, 4, 4, 1, 1, 0));
    }
}
