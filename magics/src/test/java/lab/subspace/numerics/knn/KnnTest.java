package lab.subspace.numerics.knn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class KnnTest {

    /** O(n m log m) reference: all distances sorted by (distance, index). */
    private static Neighbors naive(DMatrixRMaj q, DMatrixRMaj r, int k, boolean excludeSelf) {
        int[] idx = new int[q.numRows * k];
        double[] dist = new double[q.numRows * k];
        for (int i = 0; i < q.numRows; i++) {
            int qi = i;
            double[] all = new double[r.numRows];
            for (int j = 0; j < r.numRows; j++) {
                double s = 0;
                for (int t = 0; t < q.numCols; t++) {
                    double diff = q.get(i, t) - r.get(j, t);
                    s += diff * diff;
                }
                all[j] = Math.sqrt(s);
            }
            Integer[] order = new Integer[r.numRows];
            for (int j = 0; j < order.length; j++) {
                order[j] = j;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(j -> all[j]).thenComparingInt(j -> j));
            int c = 0;
            for (int j : order) {
                if (excludeSelf && j == qi) {
                    continue;
                }
                if (c == k) {
                    break;
                }
                idx[i * k + c] = j;
                dist[i * k + c] = all[j];
                c++;
            }
        }
        return new Neighbors(q.numRows, k, idx, dist);
    }

    @Test
    void matchesBruteForceOnRandomData() {
        Rng rng = new Rng(1);
        // sizes straddle the query and reference blocks (64, 256), the 4-query groups and the 4-way unrolled dimension loop
        DMatrixRMaj ref = rng.gaussian(2100, 23);
        DMatrixRMaj q = rng.gaussian(150, 23);
        for (int k : new int[] {1, 7, 300}) {
            Neighbors fast = Knn.search(q, ref, k);
            Neighbors slow = naive(q, ref, k, false);
            assertArrayEquals(slow.indices(), fast.indices(), "k = " + k);
            assertArrayEquals(slow.distances(), fast.distances(), 1e-12);
        }
    }

    @Test
    void selfSearchExcludesTheQueryButKeepsDuplicates() {
        Rng rng = new Rng(2);
        DMatrixRMaj x = rng.gaussian(300, 5);
        // row 10 duplicates row 3
        for (int t = 0; t < 5; t++) {
            x.set(10, t, x.get(3, t));
        }
        Neighbors self = Knn.searchSelf(x, 4);
        assertArrayEquals(naive(x, x, 4, true).indices(), self.indices());
        assertEquals(10, self.index(3, 0));
        assertEquals(0.0, self.distance(3, 0));
        assertEquals(3, self.index(10, 0));
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 4; j++) {
                assertTrue(self.index(i, j) != i);
            }
        }
        Neighbors viaFlag = Knn.search(x, x, 4, true);
        assertArrayEquals(self.indices(), viaFlag.indices());
    }

    @Test
    void tiesAreBrokenByIndexDeterministically() {
        // integer grid: many exactly equal distances, computed exactly in floating point
        DMatrixRMaj grid = new DMatrixRMaj(400, 2);
        for (int i = 0; i < 400; i++) {
            grid.set(i, 0, i % 20);
            grid.set(i, 1, i / 20);
        }
        DMatrixRMaj q = new DMatrixRMaj(new double[][] {{5, 5}, {0, 0}, {10.5, 3}});
        Neighbors nn = Knn.search(q, grid, 9);
        assertArrayEquals(naive(q, grid, 9, false).indices(), nn.indices());
        // (5,5) = index 105; then its 4 neighbours at distance 1 in index order 85, 104, 106, 125
        assertArrayEquals(new int[] {105, 85, 104, 106, 125}, Arrays.copyOf(nn.indicesOf(0), 5));
        Neighbors again = Knn.search(q, grid, 9);
        assertArrayEquals(nn.indices(), again.indices());
    }

    @Test
    void validation() {
        DMatrixRMaj x = new DMatrixRMaj(5, 3);
        assertEquals("k must be in [1, 4] but is 5 (the reference set has 5 points, one of them the query itself)",
                assertThrows(IllegalArgumentException.class, () -> Knn.searchSelf(x, 5)).getMessage());
        assertEquals("queries has 2 columns but reference has 3", assertThrows(IllegalArgumentException.class,
                () -> Knn.search(new DMatrixRMaj(1, 2), x, 1)).getMessage());
        x.set(2, 1, Double.NaN);
        assertEquals("reference contains NaN at (2, 1)", assertThrows(IllegalArgumentException.class,
                () -> Knn.search(new DMatrixRMaj(1, 3), x, 1)).getMessage());
        Neighbors n = Knn.search(new DMatrixRMaj(1, 1), new DMatrixRMaj(2, 1, true, 3, -1), 2);
        assertArrayEquals(new double[] {1, 3}, n.distancesOf(0));
        assertThrows(IllegalArgumentException.class, () -> n.index(1, 0));
    }
}
