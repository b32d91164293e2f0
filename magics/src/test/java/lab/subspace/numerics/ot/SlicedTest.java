package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** Sliced OT: the 1-D closed form, agreement with the exact solver, and the directions. */
class SlicedTest {

    private static final DMatrixRMaj LINE = new DMatrixRMaj(new double[][] {{1}});

    /** W_p^p on the line by the quantile formula: integral over t of |F^-1(t) - G^-1(t)|^p. */
    private static double quantileFormula(double[] x, double[] a, double[] y, double[] b, double p) {
        Integer[] ox = order(x);
        Integer[] oy = order(y);
        double[] cx = new double[x.length + 1];
        double[] cy = new double[y.length + 1];
        for (int i = 0; i < x.length; i++) {
            cx[i + 1] = cx[i] + a[ox[i]];
        }
        for (int j = 0; j < y.length; j++) {
            cy[j + 1] = cy[j] + b[oy[j]];
        }
        double[] cuts = new double[cx.length + cy.length];
        System.arraycopy(cx, 0, cuts, 0, cx.length);
        System.arraycopy(cy, 0, cuts, cx.length, cy.length);
        Arrays.sort(cuts);
        double total = 0;
        for (int k = 0; k + 1 < cuts.length; k++) {
            double t = 0.5 * (cuts[k] + cuts[k + 1]);
            double width = cuts[k + 1] - cuts[k];
            if (width <= 0 || t >= cx[x.length]) {
                continue;
            }
            total += width * Math.pow(Math.abs(x[ox[quantile(cx, t)]] - y[oy[quantile(cy, t)]]), p);
        }
        return total;
    }

    private static int quantile(double[] cumulative, double t) {
        int i = 0;
        while (i + 2 < cumulative.length && cumulative[i + 1] <= t) {
            i++;
        }
        return i;
    }

    private static Integer[] order(double[] v) {
        Integer[] o = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = i;
        }
        Arrays.sort(o, (i, j) -> Double.compare(v[i], v[j]));
        return o;
    }

    private static double[] column(DMatrixRMaj m) {
        return m.data.clone();
    }

    @Test
    void oneDirectionInOneDimensionIsTheClosedFormAndTheExactOptimum() {
        for (long seed = 0; seed < 5; seed++) {
            DMatrixRMaj x = Clouds.uniform(13, 1, 0, seed);
            DMatrixRMaj y = Clouds.uniform(9, 1, 0.3, seed + 50);
            double[] a = Clouds.weights(13, seed + 100);
            double[] b = Clouds.weights(9, seed + 200);
            OtProblem p = OtProblem.of(x, y).withWeights(a, b);
            double closed = quantileFormula(column(x), a, column(y), b, 2);
            SlicedResult s = OT.sot(p, LINE, 2);
            assertEquals(closed, s.sliceCosts()[0], 1e-14);
            assertEquals(Math.sqrt(closed), s.distance(), 1e-14);
            assertEquals(closed, s.cost(), 1e-14, "the lifted plan of one direction is the 1-D plan");
            assertEquals(closed, OT.exact(p).cost(), 1e-13, "in 1-D the monotone plan is optimal");

            OtProblem p1 = OtProblem.of(x, y, GroundCost.EUCLIDEAN).withWeights(a, b);
            double closed1 = quantileFormula(column(x), a, column(y), b, 1);
            assertEquals(closed1, OT.sot(p1, LINE, 1).distance(), 1e-14);
            assertEquals(closed1, OT.exact(p1).cost(), 1e-13);
        }
    }

    @Test
    void uniformWeightsPairSortedPoints() {
        double[] x = {0.3, -1.0, 2.5, 0.9};
        double[] y = {1.0, 0.0, 3.0, -2.0};
        OtProblem p = OtProblem.of(new DMatrixRMaj(4, 1, true, x), new DMatrixRMaj(4, 1, true, y));
        // sorted: -1.0, 0.3, 0.9, 2.5 against -2.0, 0.0, 1.0, 3.0
        double expected = (1.0 + 0.09 + 0.01 + 0.25) / 4;
        assertEquals(expected, OT.sw(p, LINE, 2) * OT.sw(p, LINE, 2), 1e-15);
        DMatrixRMaj plan = OT.sot(p, LINE, 2).plan();
        assertEquals(0.25, plan.get(1, 3), 0);
        assertEquals(0.25, plan.get(0, 1), 0);
    }

    @Test
    void slicedDistanceAveragesTheSlicesAndIgnoresTheSign() {
        OtProblem p = Clouds.weighted(30, 20, 3);
        DMatrixRMaj theta = Directions.random(2, 7, 11L);
        SlicedResult s = OT.sot(p, theta, 2);
        double mean = Arrays.stream(s.sliceCosts()).average().orElseThrow();
        assertEquals(Math.sqrt(mean), s.distance(), 1e-15);
        assertEquals(s.distance(), OT.sw(p, theta, 2), 0);
        DMatrixRMaj flipped = theta.copy();
        CommonOps_DDRM.scale(-1, flipped);
        assertEquals(s.distance(), OT.sw(p, flipped, 2), 1e-14);
    }

    @Test
    void rotatingPointsAndDirectionsTogetherChangesNothing() {
        OtProblem p = Clouds.weighted(25, 25, 4);
        DMatrixRMaj theta = Directions.random(2, 9, 12L);
        double angle = 0.7;
        DMatrixRMaj rot = new DMatrixRMaj(new double[][] {{Math.cos(angle), -Math.sin(angle)}, {Math.sin(angle), Math.cos(angle)}});
        DMatrixRMaj xr = new DMatrixRMaj(25, 2);
        DMatrixRMaj yr = new DMatrixRMaj(25, 2);
        CommonOps_DDRM.multTransB(p.x(), rot, xr);
        CommonOps_DDRM.multTransB(p.y(), rot, yr);
        DMatrixRMaj thetaR = new DMatrixRMaj(2, 9);
        CommonOps_DDRM.mult(rot, theta, thetaR);
        OtProblem q = OtProblem.of(xr, yr).withWeights(p.a(), p.b());
        assertEquals(OT.sw(p, theta, 2), OT.sw(q, thetaR, 2), 1e-13);
    }

    @Test
    void directionsAreUnitAndFixedBySeed() {
        DMatrixRMaj t1 = Directions.random(3, 50, 42L);
        assertArrayEquals(t1.data, Directions.random(3, 50, 42L).data);
        assertFalse(Arrays.equals(t1.data, Directions.random(3, 50, 43L).data));
        for (int l = 0; l < 50; l++) {
            double norm = 0;
            for (int k = 0; k < 3; k++) {
                norm += t1.get(k, l) * t1.get(k, l);
            }
            assertEquals(1, norm, 1e-14);
        }
    }

    @Test
    void slicedIsAtLeastAsCostlyAsExactButBoundsTheSlicedDistance() {
        OtProblem p = OtProblem.of(Clouds.uniform(60, 3, 0, 1), Clouds.uniform(60, 3, 0.4, 2));
        SlicedResult s = OT.sot(p, 30, 5L);
        double exact = OT.exact(p).cost();
        assertTrue(s.cost() >= exact - 1e-12);
        // each slice is a 1-D projection (a contraction), so SW_2^2 <= W_2^2
        assertTrue(s.distance() * s.distance() <= exact + 1e-12);
    }

    @Test
    void randomDataInHigherDimensionMatchesAnIndependentProjection() {
        Random rng = new Random(3);
        DMatrixRMaj x = Clouds.uniform(15, 4, 0, 7);
        DMatrixRMaj y = Clouds.uniform(15, 4, 1, 8);
        DMatrixRMaj theta = Directions.random(4, 1, rng.nextLong());
        double[] px = new double[15];
        double[] py = new double[15];
        for (int i = 0; i < 15; i++) {
            for (int k = 0; k < 4; k++) {
                px[i] += x.get(i, k) * theta.get(k, 0);
                py[i] += y.get(i, k) * theta.get(k, 0);
            }
        }
        double[] w = Weights.uniform(15);
        assertEquals(quantileFormula(px, w, py, w, 2), Math.pow(OT.sw(OtProblem.of(x, y), theta, 2), 2), 1e-14);
    }

    @Test
    void swGradientMatchesFiniteDifferencesWithWeights() {
        DMatrixRMaj x = Clouds.uniform(9, 3, 0, 21);
        DMatrixRMaj y = Clouds.uniform(7, 3, 0.5, 22);
        double[] a = Clouds.weights(9, 23);
        double[] b = Clouds.weights(7, 24);
        DMatrixRMaj theta = Directions.random(3, 11, 25L);
        DMatrixRMaj g = OT.swGradient(OtProblem.of(x, y).withWeights(a, b), theta);
        double h = 1e-7;
        for (int k = 0; k < x.data.length; k++) {
            DMatrixRMaj plus = x.copy();
            DMatrixRMaj minus = x.copy();
            plus.data[k] += h;
            minus.data[k] -= h;
            double fd = (Math.pow(OT.sw(OtProblem.of(plus, y).withWeights(a, b), theta, 2), 2)
                    - Math.pow(OT.sw(OtProblem.of(minus, y).withWeights(a, b), theta, 2), 2)) / (2 * h);
            assertEquals(fd, g.data[k], 1e-7, "coordinate " + k);
        }
    }

    @Test
    void swGradientOnTheLineIsTwiceTheWeightedDisplacementToTheSortedTarget() {
        // one direction in 1-D, equal uniform weights: x_(k) is sent to y_(k), gradient 2 a (x_i - y_sigma(i))
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0.3}, {-1}, {2}});
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{5}, {1}, {-4}});
        DMatrixRMaj g = OT.swGradient(OtProblem.of(x, y), LINE);
        assertArrayEquals(new double[] {2.0 / 3 * (0.3 - 1), 2.0 / 3 * (-1 + 4), 2.0 / 3 * (2 - 5)}, g.data, 1e-15);
    }
}
