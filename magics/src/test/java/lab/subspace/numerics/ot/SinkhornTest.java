package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Entropic OT: limits, duals, stability at small eps, and that speed-ups change nothing. */
class SinkhornTest {

    private static final SinkhornOptions TIGHT = SinkhornOptions.defaults().withTol(1e-12);

    @Test
    void largeEpsGivesTheProductPlan() {
        OtProblem p = Clouds.weighted(20, 30, 1);
        SinkhornResult r = OT.eot(p, 1e6 * Clouds.maxCost(p), TIGHT);
        double[] a = p.a();
        double[] b = p.b();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                assertEquals(a[i] * b[j], r.plan().get(i, j), 1e-6 * a[i] * b[j]);
            }
        }
    }

    @Test
    void costApproachesTheExactCostAsEpsShrinks() {
        OtProblem p = Clouds.weighted(50, 40, 2);
        double exact = OT.exact(p).cost();
        double max = Clouds.maxCost(p);
        double previous = Double.POSITIVE_INFINITY;
        for (double rel : new double[] {1e-1, 1e-2, 2e-3}) {
            SinkhornResult r = OT.eot(p, rel * max, TIGHT.withMaxIter(50_000).withEpsScaling(true));
            assertTrue(r.converged(), r.toString());
            double gap = r.cost() - exact;
            assertTrue(gap >= -1e-10 && gap < previous, "gap " + gap + " at eps " + rel + " max C");
            previous = gap;
        }
        assertTrue(previous / exact < 1e-2, "relative gap " + previous / exact);
    }

    @Test
    void dualsReproduceThePlan() {
        OtProblem p = Clouds.weighted(25, 20, 3);
        double eps = 0.05 * Clouds.maxCost(p);
        SinkhornResult r = OT.eot(p, eps, TIGHT);
        double[] f = r.f();
        double[] g = r.g();
        double[] a = p.a();
        double[] b = p.b();
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double model = a[i] * b[j] * Math.exp((f[i] + g[j] - p.cost().get(i, j)) / eps);
                assertEquals(model, r.plan().get(i, j), 1e-9 * model);
            }
        }
    }

    @Test
    void stableWhereTheNaiveKernelUnderflows() {
        OtProblem p = OtProblem.of(Clouds.uniform(200, 2, 0, 4), Clouds.uniform(200, 2, 1.0, 5));
        double max = Clouds.maxCost(p);
        double eps = 1e-4 * max;
        // exp(-C / eps), as POT's default Sinkhorn builds it, has rows that are entirely zero here
        boolean zeroRow = false;
        for (int i = 0; i < p.n(); i++) {
            double rowMax = 0;
            for (int j = 0; j < p.m(); j++) {
                rowMax = Math.max(rowMax, Math.exp(-p.cost().get(i, j) / eps));
            }
            zeroRow |= rowMax == 0;
        }
        assertTrue(zeroRow, "test setup: the naive kernel should underflow");
        SinkhornResult r = OT.eot(p, eps, SinkhornOptions.defaults().withMaxIter(200_000).withEpsScaling(true));
        for (double v : r.plan().data) {
            assertTrue(Double.isFinite(v) && v >= 0);
        }
        for (double v : r.f()) {
            assertTrue(Double.isFinite(v));
        }
        assertTrue(r.converged(), r.toString());
        double exact = OT.exact(p).cost();
        assertTrue((r.cost() - exact) / exact < 1e-3, "relative gap " + (r.cost() - exact) / exact);
    }

    @Test
    void nonConvergenceIsReportedInTheResult() {
        OtProblem p = Clouds.weighted(30, 30, 6);
        SinkhornResult r = OT.eot(p, 1e-3 * Clouds.maxCost(p), SinkhornOptions.defaults().withMaxIter(3).withTol(1e-15));
        assertFalse(r.converged());
        assertEquals(3, r.iterations());
        assertEquals(2, r.trace().length, "checks after sweep 1 and at the cap");
        assertTrue(r.marginalError() > 1e-15);
    }

    @Test
    void epsScalingCutShortReportsTheEpsOfItsPlan() {
        OtProblem p = Clouds.weighted(30, 30, 9);
        double eps = 1e-3 * Clouds.maxCost(p);
        SinkhornResult r = OT.eot(p, eps, SinkhornOptions.defaults().withEpsScaling(true).withMaxIter(5));
        assertFalse(r.converged());
        assertTrue(r.eps() > eps, "the plan belongs to an earlier, larger eps: " + r.eps());
        // the duals still describe the returned plan at that eps
        double[] f = r.f();
        double[] g = r.g();
        double model = p.a()[2] * p.b()[3] * Math.exp((f[2] + g[3] - p.cost().get(2, 3)) / r.eps());
        assertEquals(model, r.plan().get(2, 3), 1e-9 * model);
    }

    @Test
    void threadsDoNotChangeTheNumbers() {
        OtProblem p = Clouds.weighted(300, 280, 7);
        double eps = 0.01 * Clouds.maxCost(p);
        SinkhornResult par = OT.eot(p, eps, TIGHT.withParallel(true));
        SinkhornResult seq = OT.eot(p, eps, TIGHT.withParallel(false));
        assertArrayEquals(seq.plan().data, par.plan().data);
        assertArrayEquals(seq.f(), par.f());
        assertEquals(seq.iterations(), par.iterations());
        // tiny eps: kernel rebuilds by rows and by columns happen, and must not depend on threads either
        SinkhornOptions rough = SinkhornOptions.defaults().withMaxIter(300);
        SinkhornResult parSmall = OT.eot(p, 1e-4 * Clouds.maxCost(p), rough.withParallel(true));
        SinkhornResult seqSmall = OT.eot(p, 1e-4 * Clouds.maxCost(p), rough.withParallel(false));
        assertArrayEquals(seqSmall.plan().data, parSmall.plan().data);
        assertArrayEquals(seqSmall.g(), parSmall.g());
    }

    @Test
    void overrelaxationAndEpsScalingReachTheSameSolution() {
        OtProblem p = Clouds.weighted(80, 70, 8);
        double eps = 0.01 * Clouds.maxCost(p);
        SinkhornResult plain = OT.eot(p, eps, TIGHT.withOverrelaxation(false));
        SinkhornResult sor = OT.eot(p, eps, TIGHT);
        SinkhornResult scaled = OT.eot(p, eps, TIGHT.withEpsScaling(true));
        assertTrue(sor.iterations() < plain.iterations(), sor.iterations() + " vs " + plain.iterations());
        for (SinkhornResult r : new SinkhornResult[] {sor, scaled}) {
            assertEquals(plain.cost(), r.cost(), 1e-10 * plain.cost());
            for (int k = 0; k < plain.plan().data.length; k++) {
                assertEquals(plain.plan().data[k], r.plan().data[k], 1e-9);
            }
        }
    }

    @Test
    void customCostMatrixNeedsNoPoints() {
        DMatrixRMaj c = new DMatrixRMaj(new double[][] {{0, 1, 2}, {1, 0, 1}, {2, 1, 0}});
        SinkhornResult r = OT.eot(OtProblem.ofCost(c), 0.01, TIGHT);
        assertEquals(0, r.cost(), 1e-6);
        assertEquals(1.0 / 3, r.plan().get(1, 1), 1e-6);
    }
}
