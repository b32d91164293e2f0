package lab.subspace.numerics.knn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class WideKnnTest {

    /** Exact reference: every query's reference points sorted by (squared distance summed in double, index). */
    private static int[][] naiveOrder(DMatrixRMaj q, DMatrixRMaj r, boolean excludeSelf) {
        int[][] out = new int[q.numRows][];
        for (int i = 0; i < q.numRows; i++) {
            double[] d2 = new double[r.numRows];
            for (int j = 0; j < r.numRows; j++) {
                for (int t = 0; t < q.numCols; t++) {
                    double diff = q.get(i, t) - r.get(j, t);
                    d2[j] += diff * diff;
                }
            }
            int qi = i;
            out[i] = java.util.stream.IntStream.range(0, r.numRows).boxed().filter(j -> !(excludeSelf && j == qi))
                    .sorted(Comparator.<Integer>comparingDouble(j -> d2[j]).thenComparingInt(j -> j))
                    .mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The first k of every query's order, flattened like {@link Neighbors#indices()}. */
    private static int[] first(int[][] order, int k) {
        int[] out = new int[order.length * k];
        for (int i = 0; i < order.length; i++) {
            System.arraycopy(order[i], 0, out, i * k, k);
        }
        return out;
    }

    private static DMatrixRMaj rounded(DMatrixRMaj m, double scale) {
        DMatrixRMaj out = m.copy();
        for (int i = 0; i < out.data.length; i++) {
            out.data[i] = Math.round(out.data[i] * scale);
        }
        return out;
    }

    @Test
    void matchesBruteForceAndTheHeapSearch() {
        Rng rng = new Rng(11);
        for (int d : new int[] {1, 2, 7, 23}) {
            // 700 reference points straddle the 256-point reference blocks; 45 queries the 16-query blocks
            DMatrixRMaj ref = rng.gaussian(700, d);
            DMatrixRMaj q = rng.gaussian(45, d);
            int[][] order = naiveOrder(q, ref, false);
            for (int k : new int[] {1, 13, 300, 700}) {
                Neighbors wide = WideKnn.search(q, ref, k);
                assertArrayEquals(first(order, k), wide.indices(), "d = " + d + ", k = " + k);
                assertArrayEquals(Knn.search(q, ref, k).distances(), wide.distances(), 1e-12);
            }
            assertArrayEquals(Knn.searchSelf(ref, 250).indices(), WideKnn.searchSelf(ref, 250).indices(), "self, d = " + d);
        }
    }

    @Test
    void tiesAreOrderedByIndexExactlyAsTheReference() {
        Rng rng = new Rng(12);
        for (int d : new int[] {1, 3}) {
            // integer grid values: many exactly equal distances and duplicate points
            DMatrixRMaj x = rounded(rng.gaussian(400, d), 2);
            int[][] order = naiveOrder(x, x, true);
            for (int k : new int[] {5, 200, 399}) {
                assertArrayEquals(first(order, k), WideKnn.searchSelf(x, k).indices(), "d = " + d + ", k = " + k);
            }
        }
    }

    @Test
    void staysExactWhenTheDotProductFormCancels() {
        // |q|^2 + |r|^2 - 2 q.r loses ~12 digits at an offset of 1e6: the candidate margin must cover it
        Rng rng = new Rng(13);
        DMatrixRMaj x = rng.gaussian(400, 4);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] += 1e6;
        }
        assertArrayEquals(first(naiveOrder(x, x, true), 60), WideKnn.searchSelf(x, 60).indices());
    }

    @Test
    void rejectsBadArguments() {
        DMatrixRMaj x = new Rng(1).gaussian(10, 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WideKnn.searchSelf(x, 10));
        assertEquals("k must be in [1, 9] but is 10 (the reference set has 10 points, one of them the query itself)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WideKnn.search(x, new DMatrixRMaj(5, 2), 1));
        x.set(2, 1, Double.NaN);
        e = assertThrows(IllegalArgumentException.class, () -> WideKnn.searchSelf(x, 3));
        assertEquals("queries contains NaN at (2, 1)", e.getMessage());
    }
}
