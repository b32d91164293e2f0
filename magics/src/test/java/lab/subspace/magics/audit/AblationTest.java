package lab.subspace.magics.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class AblationTest {

    @Test
    void ablationRemovesTheSubspaceAndKeepsTheRest() {
        Rng rng = new Rng(1);
        DMatrixRMaj h = rng.gaussian(30, 12);
        DMatrixRMaj q = rng.orthonormal(12, 3);
        DMatrixRMaj out = Ablation.ablate(h, q);
        DMatrixRMaj left = CommonOps_DDRM.mult(out, q, null);
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(left), 1e-12);
        // ablating twice changes nothing more
        assertArrayEquals(out.data, Ablation.ablate(out, q).data, 1e-12);
        assertArrayEquals(h.data, Ablation.ablate(h, new DMatrixRMaj(12, 0)).data, 0);
    }

    @Test
    void curveOfALinearScoreHasItsClosedForm() {
        Rng rng = new Rng(2);
        int d = 40;
        DMatrixRMaj q = rng.orthonormal(d, 5);
        double[] r = new double[d];
        for (int i = 0; i < d; i++) {
            r[i] = q.get(i, 0);
        }
        // every row is 2 r + noise orthogonal to nothing in particular
        DMatrixRMaj h = rng.gaussian(200, d, 0.1);
        for (int i = 0; i < 200; i++) {
            for (int j = 0; j < d; j++) {
                h.set(i, j, h.get(i, j) + 2 * r[j]);
            }
        }
        double base = Audit.meanProjection(r).applyAsDouble(h);
        AblationCurve c = Ablation.curve(h, q, new int[] {0, 1, 4}, Audit.meanProjection(r), 400, 3);
        assertEquals(base, c.topAt(0), 0);
        assertEquals(base, c.randomAt(0), 0);
        assertEquals(0, c.topAt(1), 1e-12);
        assertEquals(0, c.topAt(4), 1e-12);
        // a Haar rank-k projector keeps on average (1 - k/d) of a fixed direction's projection
        assertEquals(base * (1 - 1.0 / d), c.randomAt(1), 0.01 * base);
        assertEquals(base * (1 - 4.0 / d), c.randomAt(4), 0.01 * base);
        assertTrue(c.randomLow()[2] <= c.randomAt(4) && c.randomAt(4) <= c.randomHigh()[2]);
        assertEquals(400, c.draws());
        AblationCurve again = Ablation.curve(h, q, new int[] {0, 1, 4}, Audit.meanProjection(r), 400, 3);
        assertArrayEquals(c.randomMean(), again.randomMean(), 0);
    }

    @Test
    void validation() {
        Rng rng = new Rng(3);
        DMatrixRMaj h = rng.gaussian(5, 6);
        DMatrixRMaj q = rng.orthonormal(6, 2);
        assertEquals("cannot ablate k = 3 directions: 2 are available (k must be in [0, 2])",
                assertThrows(IllegalArgumentException.class,
                        () -> Ablation.curve(h, q, new int[] {3}, x -> 0, 1, 0)).getMessage());
        assertEquals("directions are 5 x 2 but the activations have 6 columns: pass one direction per column, in R^6",
                assertThrows(IllegalArgumentException.class,
                        () -> Ablation.curve(h, rng.orthonormal(5, 2), new int[] {1}, x -> 0, 1, 0)).getMessage());
        DMatrixRMaj notOrthonormal = q.copy();
        CommonOps_DDRM.scale(2, notOrthonormal);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Ablation.curve(h, notOrthonormal, new int[] {1}, x -> 0, 1, 0)).getMessage()
                .startsWith("directions (6 x 2) does not have orthonormal columns"));
        assertEquals("k = 7 is not in the ablation sweep [1]", assertThrows(IllegalArgumentException.class,
                () -> Ablation.curve(h, q, new int[] {1}, x -> 0, 1, 0).topAt(7)).getMessage());
    }
}
