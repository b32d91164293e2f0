package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;

class UnionOfSubspacesTest {

    private final UnionOfSubspaces union = UnionOfSubspaces.random(16, new int[] {2, 3, 4}, 5);

    @Test
    void noiselessPointsLieOnTheirOwnSubspace() {
        UnionSample s = union.sample(new int[] {10, 20, 30}, 0, new Rng(1));
        assertEquals(60, s.size());
        for (int i = 0; i < s.size(); i++) {
            int k = s.labels()[i];
            double d = Subspaces.distances(RowOps.select(s.points(), new int[] {i}), union.bases().get(k))[0];
            assertEquals(0, d, 1e-12);
        }
        assertEquals(0, union.offUnionEnergy(s.points()), 1e-24);
        assertArrayEquals(new int[] {2, 3, 4}, union.dims());
        assertEquals(16, union.ambient());
    }

    @Test
    void noiseAddsItsEnergyOffTheUnion() {
        // isotropic noise sigma^2 per coordinate: about (D - d) sigma^2 off a d-dimensional subspace
        UnionOfSubspaces one = UnionOfSubspaces.random(40, new int[] {4}, 2);
        double e = one.offUnionEnergy(one.sample(4000, 0.1, new Rng(3)).points());
        assertEquals(36 * 0.01, e, 0.01);
    }

    @Test
    void outliersMatchTheGivenMeanSquaredNormAndMixturesStayInTheSpan() {
        DMatrixRMaj amb = union.ambientOutliers(5000, 3.0, new Rng(2));
        assertEquals(3.0, mean(RowOps.squaredNorms(amb)), 0.1);
        DMatrixRMaj mix = union.mixtureOutliers(200, 3.0, new Rng(2));
        assertEquals(3.0, mean(RowOps.squaredNorms(mix)), 1e-9);
        // inside the span of the union
        DMatrixRMaj all = new DMatrixRMaj(16, 9);
        int c = 0;
        for (DMatrixRMaj q : union.bases()) {
            for (int j = 0; j < q.numCols; j++, c++) {
                for (int i = 0; i < 16; i++) {
                    all.set(i, c, q.get(i, j));
                }
            }
        }
        for (double d : Subspaces.distances(mix, Subspaces.orthonormalize(all))) {
            assertEquals(0, d, 1e-9);
        }
        // but off every single subspace
        for (double d : union.distances(mix).distance()) {
            assertTrue(d > 1e-3);
        }
    }

    @Test
    void sameSeedSameUnionAndPoints() {
        UnionOfSubspaces other = UnionOfSubspaces.random(16, new int[] {2, 3, 4}, 5);
        assertArrayEquals(union.bases().get(1).data, other.bases().get(1).data, 0);
        assertArrayEquals(union.sample(5, 0.1, new Rng(9)).points().data, other.sample(5, 0.1, new Rng(9)).points().data, 0);
    }

    @Test
    void misuseIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UnionOfSubspaces.random(8, new int[] {2, 9}, 1)).getMessage()
                .contains("subspace 1 has dimension 9"));
        assertThrows(IllegalArgumentException.class, () -> UnionOfSubspaces.random(8, new int[0], 1));
        assertThrows(IllegalArgumentException.class, () -> new UnionOfSubspaces(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new UnionOfSubspaces(List.of(new Rng(1).gaussian(5, 2))));
        assertThrows(IllegalArgumentException.class, () -> union.sample(new int[] {1, 2}, 0, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> union.sample(3, -1, new Rng(1)));
        assertThrows(IllegalArgumentException.class, () -> UnionOfSubspaces.random(8, new int[] {2}, 1).mixtureOutliers(3, 1, new Rng(1)));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x / v.length;
        }
        return s;
    }
}
