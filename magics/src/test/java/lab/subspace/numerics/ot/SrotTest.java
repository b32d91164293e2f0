package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Sliced-regularised OT: its limits, its claim against EOT, the divergence and its gradient. */
class SrotTest {

    private static final SinkhornOptions TIGHT = SinkhornOptions.defaults().withTol(1e-13).withMaxIter(100_000);

    @Test
    void referencePlanHasTheMarginals() {
        OtProblem p = Clouds.weighted(30, 40, 1);
        DMatrixRMaj ref = OT.referencePlan(p, Directions.random(2, 15, 3L));
        assertTrue(Clouds.maxAbsDiff(Clouds.rowSums(ref), p.a()) < 1e-14);
        assertTrue(Clouds.maxAbsDiff(Clouds.colSums(ref), p.b()) < 1e-14);
        for (double v : ref.data) {
            assertTrue(v > 0, "the delta a b^T part keeps every entry positive");
        }
    }

    @Test
    void largeEpsGivesTheReferencePlan() {
        OtProblem p = Clouds.weighted(25, 20, 2);
        DMatrixRMaj theta = Directions.random(2, 10, 5L);
        SinkhornResult r = OT.srot(p, 1e7 * Clouds.maxCost(p), theta, TIGHT);
        DMatrixRMaj ref = OT.referencePlan(p, theta);
        for (int k = 0; k < ref.data.length; k++) {
            assertEquals(ref.data[k], r.plan().data[k], 1e-6 * ref.data[k] + 1e-15);
        }
    }

    @Test
    void costApproachesTheExactCostAsEpsShrinks() {
        OtProblem p = OtProblem.of(Clouds.uniform(150, 2, 0, 3), Clouds.uniform(150, 2, 0.5, 4));
        double exact = OT.exact(p).cost();
        DMatrixRMaj theta = Directions.random(2, 50, 1L);
        double previous = Double.POSITIVE_INFINITY;
        for (double rel : new double[] {1e-1, 1e-2, 1e-3}) {
            SinkhornResult r = OT.srot(p, rel * Clouds.maxCost(p), theta,
                    SinkhornOptions.defaults().withEpsScaling(true).withMaxIter(50_000));
            assertTrue(r.converged(), r.toString());
            double gap = (r.cost() - exact) / exact;
            assertTrue(gap > -1e-9 && gap < previous, "relative gap " + gap + " at eps " + rel + " max C");
            previous = gap;
        }
        assertTrue(previous < 1e-2, "relative gap " + previous);
    }

    @Test
    void closerToExactThanEotAtTheSameEps() {
        // the paper's claim (its Fig. on plan accuracy vs eps): same eps, SROT's cost error is smaller
        OtProblem p = OtProblem.of(Clouds.uniform(200, 2, 0, 11), Clouds.uniform(200, 2, 0.5, 12));
        double exact = OT.exact(p).cost();
        double eps = 0.05 * Clouds.maxCost(p);
        double eot = OT.eot(p, eps).cost() - exact;
        double srot = OT.srot(p, eps, Directions.random(2, 100, 2L), SinkhornOptions.defaults()).cost() - exact;
        double sot = OT.sot(p, Directions.random(2, 100, 2L), 2).cost() - exact;
        assertTrue(srot < eot, "SROT gap " + srot + " vs EOT gap " + eot);
        assertTrue(srot < sot, "SROT gap " + srot + " vs SOT gap " + sot);
    }

    @Test
    void sameSeedSameNumbers() {
        OtProblem p = Clouds.weighted(40, 30, 5);
        SinkhornResult r1 = OT.srot(p, 0.1, 20, 99L);
        SinkhornResult r2 = OT.srot(p, 0.1, 20, 99L);
        SinkhornResult r3 = OT.srot(p, 0.1, 20, 100L);
        assertArrayEquals(r1.plan().data, r2.plan().data);
        assertTrue(r1.cost() != r3.cost(), "another seed gives other directions");
    }

    @Test
    void divergenceVanishesOnIdenticalCloudsAndGrowsWithDistance() {
        DMatrixRMaj x = Clouds.uniform(20, 2, 0, 6);
        DMatrixRMaj theta = Directions.random(2, 20, 4L);
        DivergenceResult self = OT.srotDivergence(OtProblem.of(x, x), 0.05, theta, TIGHT);
        assertEquals(0, self.value(), 1e-12);
        double near = OT.srotDivergence(OtProblem.of(x, Clouds.uniform(20, 2, 0.5, 7)), 0.05, theta, TIGHT).value();
        double far = OT.srotDivergence(OtProblem.of(x, Clouds.uniform(20, 2, 2.0, 7)), 0.05, theta, TIGHT).value();
        assertTrue(0 < near && near < far, near + " " + far);
    }

    @Test
    void srotGradientMatchesFiniteDifferences() {
        DMatrixRMaj theta = Directions.random(2, 12, 8L);
        checkGradient(x -> OtProblem.of(x, Clouds.uniform(6, 2, 0.4, 31)).withWeights(Clouds.weights(7, 32), Clouds.weights(6, 33)),
                p -> OT.srotDivergenceGradient(p, 0.08, theta, TIGHT), p -> OT.srotDivergence(p, 0.08, theta, TIGHT).value());
    }

    @Test
    void eotGradientMatchesFiniteDifferencesWithEuclideanCost() {
        checkGradient(x -> OtProblem.of(x, Clouds.uniform(6, 2, 0.4, 41), GroundCost.EUCLIDEAN),
                p -> OT.eotDivergenceGradient(p, 0.1, TIGHT), p -> OT.eotDivergence(p, 0.1, TIGHT).value());
    }

    private static void checkGradient(java.util.function.Function<DMatrixRMaj, OtProblem> problem,
                                      java.util.function.Function<OtProblem, DivergenceGradient> gradient,
                                      java.util.function.ToDoubleFunction<OtProblem> value) {
        DMatrixRMaj x = Clouds.uniform(7, 2, 0, 30);
        DMatrixRMaj g = gradient.apply(problem.apply(x)).gradient();
        double h = 1e-6;
        double norm = 0;
        for (double v : g.data) {
            norm = Math.max(norm, Math.abs(v));
        }
        assertTrue(norm > 1e-3, "the gradient should not vanish here");
        for (int k = 0; k < x.data.length; k++) {
            DMatrixRMaj plus = x.copy();
            DMatrixRMaj minus = x.copy();
            plus.data[k] += h;
            minus.data[k] -= h;
            double fd = (value.applyAsDouble(problem.apply(plus)) - value.applyAsDouble(problem.apply(minus))) / (2 * h);
            assertEquals(fd, g.data[k], 1e-6 * norm, "coordinate " + k);
        }
    }
}
