package lab.subspace.numerics.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

class RngTest {

    /** SplittableRandom's published algorithm: these values are the same on every JDK since 8. */
    @Test
    void streamIsPinnedToSplittableRandomsSpecifiedOutputs() {
        Rng r = new Rng(42);
        assertEquals(-4767286540954276203L, r.nextLong());
        assertEquals(2949826092126892291L, r.nextLong());
        assertEquals((5139283748462763858L >>> 11) * 0x1.0p-53, r.uniform());
        assertEquals(-7511033593127921611L, new Rng(42).split().nextLong());
    }

    @Test
    void sameSeedSameNumbersAndSplitsAreDeterministic() {
        Rng a = new Rng(7);
        Rng b = new Rng(7);
        assertArrayEquals(a.gaussian(5, 4).data, b.gaussian(5, 4).data);
        assertArrayEquals(a.permutation(50), b.permutation(50));
        Rng ca = a.split();
        Rng cb = b.split();
        assertArrayEquals(ca.gaussianVector(10), cb.gaussianVector(10));
        assertNotEquals(ca.nextLong(), a.nextLong());
        assertNotEquals(new Rng(1).nextLong(), new Rng(2).nextLong());
    }

    @Test
    void gaussianAndUniformMoments() {
        Rng r = new Rng(3);
        int n = 200_000;
        double s = 0, s2 = 0, s4 = 0;
        for (int i = 0; i < n; i++) {
            double g = r.gaussian();
            s += g;
            s2 += g * g;
            s4 += g * g * g * g;
        }
        assertEquals(0, s / n, 0.01);
        assertEquals(1, s2 / n, 0.015);
        assertEquals(3, s4 / n, 0.06);
        double u = 0;
        for (int i = 0; i < n; i++) {
            double x = r.uniform(2, 4);
            assertTrue(x >= 2 && x < 4);
            u += x;
        }
        assertEquals(3, u / n, 0.01);
        double rad = 0;
        for (double x : r.rademacherVector(n)) {
            assertEquals(1, Math.abs(x));
            rad += x;
        }
        assertEquals(0, rad / n, 0.01);
    }

    @Test
    void boundedIntegersAreUniform() {
        Rng r = new Rng(11);
        int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[r.nextInt(7)]++;
        }
        for (int c : counts) {
            assertEquals(10_000, c, 400);
        }
        assertThrows(IllegalArgumentException.class, () -> r.nextInt(0));
    }

    @Test
    void orthonormalColumnsAndHaarSigns() {
        Rng r = new Rng(5);
        DMatrixRMaj q = r.orthonormal(30, 4);
        DMatrixRMaj g = CommonOps_DDRM.multTransA(q, q, null);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(i == j ? 1 : 0, g.get(i, j), 1e-12);
            }
        }
        // Haar: Q[0][0] is symmetric about 0 with E[Q00^2] = 1/n. Without the sign correction the
        // QR convention makes the diagonal one-signed.
        double mean = 0, sq = 0;
        int reps = 4000;
        for (int t = 0; t < reps; t++) {
            DMatrixRMaj o = r.orthogonal(3);
            mean += o.get(0, 0) + o.get(1, 1) + o.get(2, 2);
            sq += o.get(0, 0) * o.get(0, 0);
        }
        assertEquals(0, mean / (3 * reps), 0.03);
        assertEquals(1.0 / 3, sq / reps, 0.02);
        assertThrows(IllegalArgumentException.class, () -> r.orthonormal(3, 4));
        assertEquals(3, r.subspace(10, 3).numCols);
    }

    @Test
    void samplingPermutationsAndCategorical() {
        Rng r = new Rng(9);
        int[] p = r.permutation(100);
        int[] sorted = p.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < 100; i++) {
            assertEquals(i, sorted[i]);
        }
        int[] s = r.sample(1000, 50);
        assertEquals(50, Arrays.stream(s).distinct().count());
        assertTrue(Arrays.stream(s).allMatch(x -> x >= 0 && x < 1000));
        assertThrows(IllegalArgumentException.class, () -> r.sample(3, 4));
        // every element equally likely to be sampled
        int[] hits = new int[10];
        for (int t = 0; t < 20_000; t++) {
            for (int x : r.sample(10, 3)) {
                hits[x]++;
            }
        }
        for (int h : hits) {
            assertEquals(6000, h, 300);
        }
        int[] cat = new int[3];
        for (int t = 0; t < 30_000; t++) {
            cat[r.categorical(new double[] {1, 0, 2})]++;
        }
        assertEquals(0, cat[1]);
        assertEquals(10_000, cat[0], 400);
        assertThrows(IllegalArgumentException.class, () -> r.categorical(new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> r.bernoulli(1.5));
        DMatrixRMaj perm = r.permutationMatrix(5);
        assertEquals(5.0, CommonOps_DDRM.elementSum(perm));
        double[] unit = r.unitVector(8);
        double norm = 0;
        for (double x : unit) {
            norm += x * x;
        }
        assertEquals(1, norm, 1e-12);
        assertEquals(20, r.resample(20).length);
    }
}
