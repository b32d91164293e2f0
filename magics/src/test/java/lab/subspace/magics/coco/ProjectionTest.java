package lab.subspace.magics.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class ProjectionTest {

    private static final double TOL = 1e-12;

    @Test
    void halfSpaceAndBallProjectInClosedForm() {
        HalfSpace h = new HalfSpace(new double[] {0, 2}, 2);   // x_2 <= 1
        double[] p = new double[2];
        h.project(new double[] {3, 4}, p);
        assertArrayEquals(new double[] {3, 1}, p, TOL);
        assertEquals(3, h.distance(new double[] {3, 4}), TOL);
        assertEquals(0, h.distance(new double[] {3, -4}), TOL);
        Ball b = new Ball(new double[] {1, 1}, 2);
        b.project(new double[] {1, 5}, p);
        assertArrayEquals(new double[] {1, 3}, p, TOL);
        b.project(new double[] {1.5, 1}, p);
        assertArrayEquals(new double[] {1.5, 1}, p, TOL);
        assertEquals(2, b.distance(new double[] {1, 5}), TOL);
        assertEquals(4, b.diameter());
    }

    @Test
    void dykstraFindsTheCornerOfTwoHalfSpacesAndTheBallCap() {
        List<ConvexSet> corner = List.of(new HalfSpace(new double[] {1, 0}, 0), new HalfSpace(new double[] {0, 1}, 0));
        Dykstra.Projection p = Dykstra.project(corner, new double[] {2, 3}, 1e-13, 1000);
        assertTrue(p.converged());
        assertArrayEquals(new double[] {0, 0}, p.point(), 1e-10);
        // the unit ball cut by x_1 >= 0.6: from (0, 3) the nearest point is the end of the arc
        List<ConvexSet> cap = List.of(Ball.centred(2, 1), new HalfSpace(new double[] {-1, 0}, -0.6));
        Dykstra.Projection q = Dykstra.project(cap, new double[] {0, 3}, 1e-13, 100_000);
        assertArrayEquals(new double[] {0.6, 0.8}, q.point(), 1e-8);
    }

    @Test
    void dykstraSatisfiesTheVariationalInequalityOnRandomPolytopes() {
        Rng rng = new Rng(3);
        for (int trial = 0; trial < 20; trial++) {
            int d = 2 + trial % 4;
            java.util.ArrayList<ConvexSet> sets = new java.util.ArrayList<>();
            sets.add(Ball.centred(d, 1.5));
            for (int i = 0; i < 6; i++) {
                sets.add(new HalfSpace(rng.unitVector(d), rng.uniform(0, 0.5)));   // the origin stays feasible
            }
            double[] y = rng.gaussianVector(d);
            for (int i = 0; i < d; i++) {
                y[i] *= 3;
            }
            double[] p = Dykstra.project(sets, y, 1e-13, 200_000).point();
            assertTrue(Dykstra.maxDistance(sets, p) < 1e-9, "feasible");
            // (y - p).(z - p) <= 0 for feasible z: the nearest-point characterisation
            for (int k = 0; k < 50; k++) {
                double[] z = rng.gaussianVector(d);
                if (Dykstra.maxDistance(sets, z) > 0) {
                    continue;
                }
                double s = 0;
                for (int i = 0; i < d; i++) {
                    s += (y[i] - p[i]) * (z[i] - p[i]);
                }
                assertTrue(s <= 1e-7, "variational inequality " + s);
            }
        }
    }

    @Test
    void nestedRegionKeepsEqualSetsOnceAndMatchesFullDykstra() {
        Rng rng = new Rng(5);
        NestedRegion r = new NestedRegion(Ball.centred(3, 2), 1e-12, 100_000);
        java.util.ArrayList<ConvexSet> all = new java.util.ArrayList<>();
        all.add(Ball.centred(3, 2));
        for (int i = 0; i < 15; i++) {
            HalfSpace h = new HalfSpace(rng.unitVector(3), rng.uniform(0, 0.3));
            assertTrue(r.add(h, i + 1));
            assertFalse(r.add(new HalfSpace(h.normal(), h.offset()), i + 1), "an equal half-space is a duplicate");
            all.add(h);
        }
        assertEquals(16, r.size());
        assertEquals(6, r.upTo(5).size());
        for (int k = 0; k < 10; k++) {
            double[] y = rng.gaussianVector(3);
            assertArrayEquals(Dykstra.project(all, y, 1e-12, 100_000).point(), r.project(y).point(), 1e-8);
        }
        double[] inside = {0, 0, 0};
        assertEquals(0, r.project(inside).sweeps(), "a feasible point is returned as is");
    }

    @Test
    void aLambdaConstraintEntersThroughItsLinearCut() {
        Constraint disc = Constraint.of(x -> x[0] * x[0] + x[1] * x[1] - 1, x -> new double[] {2 * x[0], 2 * x[1]});
        ConvexSet cut = disc.set(new double[] {2, 0});   // g = 3, grad (4, 0): 4 (x_1 - 2) + 3 <= 0, x_1 <= 1.25
        assertEquals(0, cut.distance(new double[] {1.25, 7}), TOL);
        assertEquals(0.75, cut.distance(new double[] {2, 0}), TOL);
        Rng rng = new Rng(1);
        for (int k = 0; k < 100; k++) {
            double[] z = rng.uniformVector(2, -1, 1);
            if (disc.value(z) <= 0) {
                assertEquals(0, cut.distance(z), TOL, "the cut contains the feasible set");
            }
        }
        Constraint impossible = Constraint.of(x -> 1, x -> new double[2]);
        assertThrows(IllegalArgumentException.class, () -> impossible.set(new double[2]));
    }

    @Test
    void misuseIsReportedWithTheValues() {
        assertEquals("Dykstra needs at least one set",
                assertThrows(IllegalArgumentException.class, () -> Dykstra.project(List.of(), new double[1], 1e-9, 10)).getMessage());
        assertEquals("set 1 has dimension 3 but y has 2", assertThrows(IllegalArgumentException.class,
                () -> Dykstra.project(List.of(Ball.centred(2, 1), Ball.centred(3, 1)), new double[2], 1e-9, 10)).getMessage());
        assertEquals("half-space normal contains NaN at index 1",
                assertThrows(IllegalArgumentException.class, () -> new HalfSpace(new double[] {1, Double.NaN}, 0)).getMessage());
        assertEquals("half-space 0.x <= -1.0 is empty",
                assertThrows(IllegalArgumentException.class, () -> new HalfSpace(new double[2], -1)).getMessage());
        assertEquals("ball radius must be finite and >= 0 but is -1.0",
                assertThrows(IllegalArgumentException.class, () -> Ball.centred(2, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NestedRegion(Ball.centred(2, 1), 0, 10));
        NestedRegion r = new NestedRegion(Ball.centred(2, 1), 1e-9, 10);
        assertEquals("set has dimension 3 but X has 2",
                assertThrows(IllegalArgumentException.class, () -> r.add(Ball.centred(3, 1), 1)).getMessage());
    }
}
