package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class PurityTest {

    @Test
    void renamedClustersArePure() {
        int[] truth = {0, 0, 1, 1, 2, 2};
        assertEquals(1, Purity.of(new int[] {2, 2, 0, 0, 1, 1}, truth), 0);
        assertArrayEquals(new double[] {1, 1, 1}, Purity.perLabel(new int[] {2, 2, 0, 0, 1, 1}, truth), 0);
    }

    @Test
    void mergedClustersLoseTheMinority() {
        int[] truth = {0, 0, 0, 1, 1, 2};
        int[] one = new int[6];
        assertEquals(0.5, Purity.of(one, truth), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, Purity.perLabel(one, truth), 0);
    }

    @Test
    void chanceIsAboutTheLargestShareForUnrelatedClusters() {
        Rng rng = new Rng(1);
        int[] truth = new int[2000];
        int[] clusters = new int[2000];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = i % 4;
            clusters[i] = rng.nextInt(4);
        }
        assertEquals(0.25, Purity.chance(clusters, truth, 10, 2), 0.03);
        assertEquals(Purity.chance(clusters, truth, 10, 2), Purity.chance(clusters, truth, 10, 2), 0);
    }

    @Test
    void misuseIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> Purity.of(new int[2], new int[3]));
        assertThrows(IllegalArgumentException.class, () -> Purity.of(new int[0], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Purity.of(new int[] {-1}, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Purity.chance(new int[2], new int[2], 0, 1));
    }
}
