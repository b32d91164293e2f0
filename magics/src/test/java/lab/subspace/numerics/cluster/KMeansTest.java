package lab.subspace.numerics.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class KMeansTest {

    /** k blobs of m points around far-apart centers; row i belongs to blob i / m. */
    private static DMatrixRMaj blobs(int k, int m, int d, double spread, long seed) {
        Rng rng = new Rng(seed);
        DMatrixRMaj x = new DMatrixRMaj(k * m, d);
        for (int c = 0; c < k; c++) {
            double[] center = rng.gaussianVector(d);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < d; j++) {
                    x.set(c * m + i, j, 20 * center[j] + spread * rng.gaussian());
                }
            }
        }
        return x;
    }

    @Test
    void separatedBlobsAreRecoveredAndInertiaIsTheSumOfSquaredDistances() {
        DMatrixRMaj x = blobs(4, 30, 5, 0.5, 1);
        KMeansResult r = KMeans.fit(x, 4, 7);
        assertTrue(r.converged());
        for (int c = 0; c < 4; c++) {
            for (int i = 1; i < 30; i++) {
                assertEquals(r.labels()[c * 30], r.labels()[c * 30 + i], "blob " + c + " is split");
            }
        }
        assertArrayEquals(new int[] {30, 30, 30, 30}, r.sizes());
        double inertia = 0;
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                double v = x.get(i, j) - r.centers().get(r.labels()[i], j);
                inertia += v * v;
            }
        }
        assertEquals(inertia, r.inertia(), 1e-9 * inertia);
        // centers are the blob means
        for (int j = 0; j < 5; j++) {
            double mean = 0;
            for (int i = 0; i < 30; i++) {
                mean += x.get(i, j) / 30;
            }
            assertEquals(mean, r.centers().get(r.labels()[0], j), 1e-9);
        }
    }

    @Test
    void oneClusterPerPointHasZeroInertiaAndOneClusterIsTheMean() {
        DMatrixRMaj x = blobs(2, 3, 2, 1, 2);
        assertEquals(0, KMeans.fit(x, 6, 1).inertia(), 1e-12);
        KMeansResult one = KMeans.fit(x, 1, 1);
        double total = 0;
        for (int j = 0; j < 2; j++) {
            double mean = 0;
            for (int i = 0; i < 6; i++) {
                mean += x.get(i, j) / 6;
            }
            for (int i = 0; i < 6; i++) {
                total += (x.get(i, j) - mean) * (x.get(i, j) - mean);
            }
        }
        assertEquals(total, one.inertia(), 1e-9);
    }

    @Test
    void sameSeedSameResult() {
        DMatrixRMaj x = new Rng(3).gaussian(200, 3);
        KMeansResult a = KMeans.fit(x, 5, 11);
        KMeansResult b = KMeans.fit(x, 5, 11);
        assertArrayEquals(a.labels(), b.labels());
        assertEquals(a.inertia(), b.inertia(), 0);
    }

    @Test
    void badArgumentsAreNamed() {
        DMatrixRMaj x = new Rng(4).gaussian(5, 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, 0, 1)).getMessage().contains("k must be in [1, 5]"));
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, 6, 1));
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, 2, 0, 10, 1));
        x.set(2, 1, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> KMeans.fit(x, 2, 1));
    }
}
