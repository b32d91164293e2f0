package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact solver against brute force and against LP duality. */
class NetworkSimplexTest {

    /** Smallest cost over all permutations (the optimum for uniform n = m: Birkhoff). */
    private static double bruteForce(DMatrixRMaj c) {
        int n = c.numRows;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        double[] best = {Double.POSITIVE_INFINITY};
        permute(c, perm, 0, best);
        return best[0] / n;
    }

    private static void permute(DMatrixRMaj c, int[] perm, int k, double[] best) {
        if (k == perm.length) {
            double s = 0;
            for (int i = 0; i < perm.length; i++) {
                s += c.get(i, perm[i]);
            }
            best[0] = Math.min(best[0], s);
            return;
        }
        for (int q = k; q < perm.length; q++) {
            int t = perm[k];
            perm[k] = perm[q];
            perm[q] = t;
            permute(c, perm, k + 1, best);
            perm[q] = perm[k];
            perm[k] = t;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void matchesBruteForceOverPermutations(int n) {
        for (long seed = 0; seed < 20; seed++) {
            OtProblem p = OtProblem.of(Clouds.uniform(n, 2, 0, 100 + seed), Clouds.uniform(n, 2, 0.3, 200 + seed));
            ExactResult r = OT.exact(p);
            assertTrue(r.optimal());
            assertEquals(bruteForce(p.cost()), r.cost(), 1e-12, "n = " + n + ", seed = " + seed);
        }
    }

    @Test
    void integerCostsWithManyTiesMatchBruteForce() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 30; trial++) {
            int n = 6;
            DMatrixRMaj c = new DMatrixRMaj(n, n);
            for (int k = 0; k < n * n; k++) {
                c.data[k] = rng.nextInt(3); // heavy degeneracy
            }
            ExactResult r = OT.exact(OtProblem.ofCost(c));
            assertEquals(bruteForce(c), r.cost(), 1e-12);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void satisfiesLpDualityWithGeneralWeights(long seed) {
        OtProblem p = Clouds.weighted(40, 55, seed);
        ExactResult r = OT.exact(p);
        assertTrue(r.optimal());
        double[] f = r.f();
        double[] g = r.g();
        DMatrixRMaj c = p.cost();
        double scale = Clouds.maxCost(p);
        for (int i = 0; i < p.n(); i++) {
            for (int j = 0; j < p.m(); j++) {
                assertTrue(f[i] + g[j] <= c.get(i, j) + 1e-12 * scale, "dual feasibility at " + i + ", " + j);
            }
        }
        SparsePlan plan = r.sparsePlan();
        int[] pi = plan.i();
        int[] pj = plan.j();
        for (int k = 0; k < plan.size(); k++) {
            assertEquals(c.get(pi[k], pj[k]), f[pi[k]] + g[pj[k]], 1e-12 * scale, "complementary slackness");
        }
        assertTrue(plan.size() <= p.n() + p.m() - 1, "a basic solution has at most n + m - 1 entries");
        double dual = 0;
        for (int i = 0; i < p.n(); i++) {
            dual += p.a()[i] * f[i];
        }
        for (int j = 0; j < p.m(); j++) {
            dual += p.b()[j] * g[j];
        }
        assertEquals(r.cost(), dual, 1e-12 * scale, "strong duality");
        DMatrixRMaj dense = r.plan();
        assertTrue(Clouds.maxAbsDiff(Clouds.rowSums(dense), p.a()) < 1e-14);
        assertTrue(Clouds.maxAbsDiff(Clouds.colSums(dense), p.b()) < 1e-14);
    }

    @Test
    void duplicatePointsAndZeroCostAreSolved() {
        DMatrixRMaj x = new DMatrixRMaj(new double[][] {{0, 0}, {0, 0}, {1, 1}, {1, 1}});
        ExactResult r = OT.exact(OtProblem.of(x, x));
        assertEquals(0, r.cost(), 0);
        assertEquals(0, OT.exact(OtProblem.ofCost(new DMatrixRMaj(3, 5))).cost(), 0);
    }

    @Test
    void zeroWeightsCarryNoMass() {
        double[] a = {0.5, 0, 0.5};
        double[] b = {0, 0.25, 0.75, 0};
        OtProblem p = OtProblem.of(Clouds.uniform(3, 2, 0, 1), Clouds.uniform(4, 2, 0, 2)).withWeights(a, b);
        ExactResult r = OT.exact(p);
        DMatrixRMaj plan = r.plan();
        assertTrue(Clouds.maxAbsDiff(Clouds.rowSums(plan), a) < 1e-15);
        assertTrue(Clouds.maxAbsDiff(Clouds.colSums(plan), b) < 1e-15);
    }

    @Test
    void pivotCapIsReportedNotThrown() {
        ExactResult r = OT.exact(Clouds.weighted(30, 30, 4), 3);
        assertFalse(r.optimal());
        assertEquals(3, r.iterations());
    }

    @Test
    void mediumProblemMatchesTheDualBound() {
        // larger than brute force can reach: strong duality still certifies optimality
        OtProblem p = OtProblem.of(Clouds.uniform(300, 3, 0, 9), Clouds.uniform(250, 3, 0.2, 10));
        ExactResult r = OT.exact(p);
        double dual = 0;
        for (double v : r.f()) {
            dual += v / 300;
        }
        for (double v : r.g()) {
            dual += v / 250;
        }
        assertEquals(r.cost(), dual, 1e-12);
        DMatrixRMaj c = p.cost();
        double[] f = r.f();
        double[] g = r.g();
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 250; j++) {
                worst = Math.max(worst, f[i] + g[j] - c.get(i, j));
            }
        }
        assertTrue(worst <= 1e-12, "dual infeasible by " + worst);
    }
}
