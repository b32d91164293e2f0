package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;

class KSubspacesTest {

    private final UnionOfSubspaces union = UnionOfSubspaces.random(12, new int[] {2, 3}, 3);
    private final UnionSample s = union.sample(60, 0, new Rng(1));

    @Test
    void trueLabelsAreAFixedPointWithExactBases() {
        KSubspacesFit fit = KSubspaces.refine(s.points(), s.labels(), new int[] {2, 3}, 10);
        assertTrue(fit.converged());
        assertEquals(1, fit.iterations());
        assertArrayEquals(s.labels(), fit.labels());
        for (int k = 0; k < 2; k++) {
            double[] a = Subspaces.principalAngles(union.bases().get(k), fit.bases().get(k));
            assertEquals(0, a[a.length - 1], 1e-6);
        }
        for (double d : fit.distances()) {
            assertEquals(0, d, 1e-9);
        }
    }

    @Test
    void wrongLabelsAreRepaired() {
        int[] start = s.labels().clone();
        Rng rng = new Rng(2);
        for (int t = 0; t < 15; t++) {
            int i = rng.nextInt(start.length);
            start[i] = 1 - start[i];
        }
        KSubspacesFit fit = KSubspaces.refine(s.points(), start, new int[] {2, 3}, 20);
        assertTrue(fit.converged());
        assertArrayEquals(s.labels(), fit.labels());
    }

    @Test
    void misuseIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> KSubspaces.refine(s.points(), new int[3], new int[] {2}, 5));
        assertThrows(IllegalArgumentException.class, () -> KSubspaces.refine(s.points(), s.labels(), new int[] {2, 13}, 5));
        assertThrows(IllegalArgumentException.class, () -> KSubspaces.refine(s.points(), s.labels(), new int[] {2}, 5));
        assertThrows(IllegalArgumentException.class, () -> KSubspaces.refine(s.points(), s.labels(), new int[] {2, 3}, 0));
        int[] few = new int[s.size()];
        few[0] = 1;
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KSubspaces.refine(s.points(), few, new int[] {2, 3}, 5))
                .getMessage().contains("cluster 1 has 1 points"));
    }
}
