package lab.subspace.numerics.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GaussHermiteTest {

    @Test
    void gaussianMomentsAreExactUpToDegree2mMinus1() {
        GaussHermite q = GaussHermite.of(5);
        assertEquals(1, q.expectation(x -> 1), 1e-14);
        assertEquals(0, q.expectation(x -> x * x * x), 1e-13);
        assertEquals(1, q.expectation(x -> x * x), 1e-13);
        assertEquals(3, q.expectation(x -> Math.pow(x, 4)), 1e-12);
        assertEquals(15, q.expectation(x -> Math.pow(x, 6)), 1e-11);
        assertEquals(105, q.expectation(x -> Math.pow(x, 8)), 1e-9);
    }

    @Test
    void smoothExpectationsConverge() {
        // E[cos g] = exp(-1/2)
        assertEquals(Math.exp(-0.5), GaussHermite.of(30).expectation(Math::cos), 1e-13);
        // E[relu(g) g] = 1/2: a kink converges slowly but surely
        assertEquals(0.5, GaussHermite.of(80).expectation(x -> Math.max(x, 0) * x), 2e-3);
    }

    @Test
    void nodesAreSymmetricAndWeightsSumToOne() {
        GaussHermite q = GaussHermite.of(8);
        double[] x = q.nodes();
        double[] w = q.weights();
        double total = 0;
        for (int i = 0; i < 8; i++) {
            assertEquals(-x[i], x[7 - i], 1e-12);
            assertEquals(w[i], w[7 - i], 1e-12);
            total += w[i];
        }
        assertEquals(1, total, 1e-14);
    }

    @Test
    void rejectsBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> GaussHermite.of(0));
        assertThrows(IllegalArgumentException.class, () -> GaussHermite.of(GaussHermite.MAX_NODES + 1));
    }
}
