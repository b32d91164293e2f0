package lab.subspace.numerics.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class SubspacesTest {

    /** span(e1, e2) and span(e1, cos t e2 + sin t e3) in R^4: principal angles 0 and t. */
    private static DMatrixRMaj[] rotatedPair(double t) {
        DMatrixRMaj q1 = new DMatrixRMaj(new double[][] {{1, 0}, {0, 1}, {0, 0}, {0, 0}});
        DMatrixRMaj q2 = new DMatrixRMaj(new double[][] {{1, 0}, {0, Math.cos(t)}, {0, Math.sin(t)}, {0, 0}});
        return new DMatrixRMaj[] {q1, q2};
    }

    @Test
    void principalAnglesHaveClosedFormsEvenWhenTiny() {
        for (double t : new double[] {0.7, 1e-9, Math.PI / 2}) {
            DMatrixRMaj[] q = rotatedPair(t);
            double[] angles = Subspaces.principalAngles(q[0], q[1]);
            assertEquals(0, angles[0], 1e-15);
            assertEquals(t, angles[1], 1e-15 + 1e-12 * t, "t = " + t);
            assertArrayEquals(new double[] {1, Math.cos(t)}, Subspaces.principalCosines(q[0], q[1]), 1e-15);
            assertEquals(Math.sin(t), Subspaces.sinThetaDistance(q[0], q[1]), 1e-15 + 1e-12 * t);
            assertEquals(Math.sin(t), Subspaces.sinThetaSpectral(q[0], q[1]), 1e-15 + 1e-12 * t);
        }
    }

    @Test
    void sinThetaEqualsProjectorDistanceAndIsSymmetric() {
        Rng rng = new Rng(1);
        DMatrixRMaj q1 = rng.orthonormal(12, 3);
        DMatrixRMaj q2 = rng.orthonormal(12, 3);
        DMatrixRMaj diff = Subspaces.projector(q1);
        CommonOps_DDRM.subtract(diff, Subspaces.projector(q2), diff);
        assertEquals(NormOps_DDRM.normF(diff) / Math.sqrt(2), Subspaces.sinThetaDistance(q1, q2), 1e-12);
        assertArrayEquals(Subspaces.principalAngles(q1, q2), Subspaces.principalAngles(q2, q1), 1e-12);
        // different dimensions: a 1-dim subspace inside a 3-dim one has angle 0
        DMatrixRMaj line = CommonOps_DDRM.extract(q1, 0, 12, 1, 2);
        assertArrayEquals(new double[] {0}, Subspaces.principalAngles(q1, line), 1e-12);
        assertArrayEquals(new double[] {0}, Subspaces.principalAngles(line, q1), 1e-12);
    }

    @Test
    void basesFromQrAndSvd() {
        Rng rng = new Rng(2);
        DMatrixRMaj a = rng.gaussian(10, 3);
        DMatrixRMaj q = Subspaces.orthonormalize(a);
        Subspaces.requireOrthonormal("Q", q);
        // same span: projecting A onto span(Q) changes nothing; first column is a / |a| (diag R > 0)
        DMatrixRMaj at = new DMatrixRMaj(3, 10);
        CommonOps_DDRM.transpose(a, at);
        assertTrue(TestMatrices.maxAbsDiff(Subspaces.project(at, q), at) < 1e-12);
        double n0 = NormOps_DDRM.normF(CommonOps_DDRM.extract(a, 0, 10, 0, 1));
        assertEquals(a.get(4, 0) / n0, q.get(4, 0), 1e-12);
        // rank-deficient input: [a1, 2 a1, a2] has a 2-dim column space
        DMatrixRMaj b = new DMatrixRMaj(10, 3);
        for (int i = 0; i < 10; i++) {
            b.set(i, 0, a.get(i, 0));
            b.set(i, 1, 2 * a.get(i, 0));
            b.set(i, 2, a.get(i, 1));
        }
        assertEquals(2, Subspaces.basis(b).numCols);
        assertEquals(1, Subspaces.basis(b, 1).numCols);
        assertThrows(IllegalArgumentException.class, () -> Subspaces.orthonormalize(new DMatrixRMaj(2, 3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Subspaces.principalAngles(a, q));
        assertTrue(e.getMessage().startsWith("Q1 (10 x 3) does not have orthonormal columns"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Subspaces.principalAngles(q, rng.orthonormal(9, 2)));
        assertTrue(e.getMessage().contains("same R^D"), e.getMessage());
    }

    @Test
    void distancesToSubspacesAndUnions() {
        DMatrixRMaj[] q = rotatedPair(Math.PI / 2); // span(e1, e2) and span(e1, e3)
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0, 0, 5, 0}, {1, 2, 0, 0}, {3, 0, 0, 4}});
        assertArrayEquals(new double[] {5, 0, 4}, Subspaces.distances(x, q[0]), 1e-15);
        assertArrayEquals(new double[] {0, 2, 4}, Subspaces.distances(x, q[1]), 1e-15);
        UnionDistances u = Subspaces.distancesToUnion(x, List.of(q[0], q[1]));
        assertArrayEquals(new double[] {0, 0, 4}, u.distance(), 1e-15);
        assertArrayEquals(new int[] {1, 0, 0}, u.nearest());
        DMatrixRMaj r = Subspaces.residual(x, q[0]);
        assertArrayEquals(new double[] {0, 0, 5, 0}, RowOps.row(r, 0), 1e-15);
        assertEquals(2, Subspaces.coordinates(x, q[0]).numCols);
        assertThrows(IllegalArgumentException.class, () -> Subspaces.distancesToUnion(x, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Subspaces.distances(new DMatrixRMaj(2, 3), q[0]));
    }
}
