package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;

class ResidualRemovalTest {

    @Test
    void oneSubspaceContractsExactlyByOneMinusEtaSquared() {
        UnionOfSubspaces one = UnionOfSubspaces.random(10, new int[] {3}, 1);
        DMatrixRMaj x = one.sample(50, 0.5, new Rng(2)).points();
        double eta = 0.3;
        double[] e = ResidualRemoval.offUnionEnergy(x, one.bases(), one, eta, 8, 0);
        for (int l = 0; l <= 8; l++) {
            assertEquals(e[0] * Math.pow(1 - eta, 2 * l), e[l], 1e-12 * e[0]);
        }
        // the on-subspace part is untouched
        DMatrixRMaj next = ResidualRemoval.step(x, one.bases(), eta);
        DMatrixRMaj q = one.bases().get(0);
        assertArrayEquals(Subspaces.project(x, q).data, Subspaces.project(next, q).data, 1e-12);
    }

    @Test
    void fullStepProjectsOnTheNearestSubspace() {
        UnionOfSubspaces u = UnionOfSubspaces.random(12, new int[] {2, 3}, 3);
        DMatrixRMaj x = u.sample(20, 0.05, new Rng(4)).points();
        DMatrixRMaj p = ResidualRemoval.step(x, u.bases(), 1);
        for (double d : u.distances(p).distance()) {
            assertEquals(0, d, 1e-12);
        }
    }

    @Test
    void softSelectionTendsToHardSelectionAsTheTemperatureFalls() {
        UnionOfSubspaces u = UnionOfSubspaces.random(12, new int[] {2, 3}, 3);
        DMatrixRMaj x = u.sample(20, 0.05, new Rng(4)).points();
        DMatrixRMaj hard = ResidualRemoval.step(x, u.bases(), 0.4);
        DMatrixRMaj soft = ResidualRemoval.softStep(x, u.bases(), 0.4, 1e-4);
        assertArrayEquals(hard.data, soft.data, 1e-9);
        // a very hot softmax averages the subspaces equally
        DMatrixRMaj hot = ResidualRemoval.softStep(x, u.bases(), 0.4, 1e9);
        DMatrixRMaj expected = x.copy();
        for (DMatrixRMaj q : u.bases()) {
            DMatrixRMaj r = Subspaces.residual(x, q);
            for (int t = 0; t < r.data.length; t++) {
                expected.data[t] -= 0.4 * r.data[t] / 2;
            }
        }
        assertArrayEquals(expected.data, hot.data, 1e-6);
    }

    @Test
    void misuseIsNamed() {
        UnionOfSubspaces u = UnionOfSubspaces.random(6, new int[] {2}, 1);
        DMatrixRMaj x = new Rng(1).gaussian(3, 6);
        List<DMatrixRMaj> b = u.bases();
        assertThrows(IllegalArgumentException.class, () -> ResidualRemoval.step(x, b, 0));
        assertThrows(IllegalArgumentException.class, () -> ResidualRemoval.step(x, b, 1.5));
        assertThrows(IllegalArgumentException.class, () -> ResidualRemoval.softStep(x, b, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> ResidualRemoval.offUnionEnergy(x, b, u, 0.5, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> ResidualRemoval.step(new Rng(1).gaussian(3, 5), b, 0.5));
    }
}
