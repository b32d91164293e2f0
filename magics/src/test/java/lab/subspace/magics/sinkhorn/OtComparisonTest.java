package lab.subspace.magics.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import lab.subspace.numerics.ot.SinkhornResult;
import lab.subspace.numerics.ot.Weights;
import tech.tablesaw.api.Table;

/** The comparison behind %sinkhorn: every method measured against exact OT, eps relative to max C. */
class OtComparisonTest {

    private static final OtProblem PROBLEM = OtProblem.of(OtClouds.isotropic(60, 1L), OtClouds.stretched(50, 2L));
    private static final OtSettings SETTINGS = OtSettings.defaults().withEps(0.05).withSlices(30).withSeed(3L);

    @Test
    void everyMethodIsMeasuredAgainstTheExactPlan() {
        SinkhornReport r = OtComparison.run(PROBLEM, SETTINGS, OtMethod.parse("all"));
        assertEquals(List.of(OtMethod.EOT, OtMethod.SROT, OtMethod.SOT, OtMethod.EXACT), r.runs().stream().map(MethodRun::method).toList());
        DMatrixRMaj exact = r.plan(OtMethod.EXACT);
        assertEquals(0, r.run(OtMethod.EXACT).relativeError());
        assertEquals(0, r.run(OtMethod.EXACT).planL1());
        for (MethodRun run : r.runs()) {
            assertTrue(run.converged(), run.method() + " converged");
            assertTrue(run.marginalError() < 1e-8, run.method() + " marginal error " + run.marginalError());
            assertTrue(run.relativeError() > -1e-9, run.method() + " cannot beat exact OT: " + run.relativeError());
            assertEquals((run.cost() - r.cost(OtMethod.EXACT)) / r.cost(OtMethod.EXACT), run.relativeError(), 1e-15);
            DMatrixRMaj diff = run.plan().copy();
            CommonOps_DDRM.subtractEquals(diff, exact);
            assertEquals(CommonOps_DDRM.elementSumAbs(diff), run.planL1(), 1e-12, run.method() + " L1 distance");
        }
        assertEquals(-1, r.run(OtMethod.SOT).iterations());
        assertEquals(null, r.run(OtMethod.SOT).f());
        assertEquals(60, r.run(OtMethod.EOT).f().length);
        assertEquals(50, r.run(OtMethod.EXACT).g().length);
        assertTrue(r.run(OtMethod.EOT).trace().length > 0);
    }

    @Test
    void epsIsAFractionOfTheLargestCostSoScalingThePointsChangesNothing() {
        SinkhornReport r = OtComparison.run(PROBLEM, SETTINGS, OtMethod.parse("srot,eot"));
        DMatrixRMaj x = PROBLEM.x();
        DMatrixRMaj y = PROBLEM.y();
        CommonOps_DDRM.scale(10, x);
        CommonOps_DDRM.scale(10, y);
        SinkhornReport scaled = OtComparison.run(OtProblem.of(x, y), SETTINGS, OtMethod.parse("srot,eot"));
        assertEquals(100 * r.epsAbsolute(), scaled.epsAbsolute(), 1e-12 * scaled.epsAbsolute());
        assertEquals(SETTINGS.eps() * PlanMetrics.maxCost(PROBLEM.cost()), r.epsAbsolute(), 1e-15);
        for (OtMethod m : List.of(OtMethod.EOT, OtMethod.SROT)) {
            DMatrixRMaj p = r.plan(m);
            DMatrixRMaj q = scaled.plan(m);
            for (int k = 0; k < p.data.length; k++) {
                assertEquals(p.data[k], q.data[k], 1e-9, m + " plan entry " + k);
            }
        }
    }

    @Test
    void srotAndSotShareTheirDirectionsSoLargeEpsGivesTheSlicedPlan() {
        SinkhornReport r = OtComparison.run(PROBLEM, SETTINGS.withEps(1e7), OtMethod.parse("srot,sot"));
        assertArrayEquals(r.plan(OtMethod.SOT).data, r.plan(OtMethod.SROT).data, 1e-8);
    }

    @Test
    void withoutExactOtThereIsNoErrorColumn() {
        SinkhornReport r = OtComparison.run(PROBLEM, SETTINGS, Set.of(OtMethod.EOT));
        assertTrue(Double.isNaN(r.run(OtMethod.EOT).relativeError()));
        Table t = SinkhornView.table(r);
        assertEquals(List.of("method", "cost", "iterations", "marginal_error", "seconds"), t.columnNames());
        Table full = SinkhornView.table(OtComparison.run(PROBLEM, SETTINGS, OtMethod.parse("all")));
        assertEquals(List.of("method", "cost", "relative_error_vs_exact", "iterations", "marginal_error", "seconds"), full.columnNames());
        assertEquals(4, full.rowCount());
        assertTrue(full.column("iterations").isMissing(2), "SOT has no iterations");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> r.run(OtMethod.SROT));
        assertTrue(e.getMessage().contains("SROT was not run; this report has EOT"), e.getMessage());
    }

    @Test
    void weightsAndCustomCostsAreUsed() {
        double[] a = new double[60];
        for (int i = 1; i < a.length; i++) {
            a[i] = 1.0 / 59;
        }
        OtProblem weighted = PROBLEM.withWeights(a, Weights.uniform(50));
        SinkhornReport r = OtComparison.run(weighted, SETTINGS, OtMethod.parse("all"));
        for (MethodRun run : r.runs()) {
            DMatrixRMaj plan = run.plan();
            double row0 = 0;
            for (int j = 0; j < plan.numCols; j++) {
                row0 += plan.get(0, j);
            }
            assertEquals(0, row0, 1e-12, run.method() + " moves no mass from a point of zero weight");
        }
        // only a cost matrix: eot and exact work, the sliced methods need points
        OtProblem costOnly = OtProblem.ofCost(PROBLEM.cost());
        assertEquals(2, OtComparison.run(costOnly, SETTINGS, OtMethod.parse("eot,exact")).runs().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OtComparison.run(costOnly, SETTINGS, OtMethod.parse("srot")));
        assertTrue(e.getMessage().contains("only a cost matrix"), e.getMessage());
    }

    @Test
    void theEotRunIsTheLibrarysEotAtTheAbsoluteEps() {
        SinkhornReport r = OtComparison.run(PROBLEM, SETTINGS, Set.of(OtMethod.EOT));
        SinkhornResult direct = OT.eot(PROBLEM, r.epsAbsolute(), SETTINGS.sinkhorn());
        assertArrayEquals(direct.plan().data, r.plan(OtMethod.EOT).data);
    }

    @Test
    void sameSeedSameNumbers() {
        SinkhornReport r1 = OtComparison.run(PROBLEM, SETTINGS, OtMethod.parse("srot,sot"));
        SinkhornReport r2 = OtComparison.run(PROBLEM, SETTINGS, OtMethod.parse("srot,sot"));
        SinkhornReport r3 = OtComparison.run(PROBLEM, SETTINGS.withSeed(4L), OtMethod.parse("srot,sot"));
        assertArrayEquals(r1.plan(OtMethod.SROT).data, r2.plan(OtMethod.SROT).data);
        assertTrue(r1.cost(OtMethod.SOT) != r3.cost(OtMethod.SOT), "another seed, other directions");
    }

    @Test
    void namesAndOptionsAreValidated() {
        assertEquals(Set.of(OtMethod.EOT, OtMethod.EXACT), OtMethod.parse(" EOT , exact"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OtMethod.parse("eot,wasserstein"));
        assertTrue(e.getMessage().startsWith("unknown method 'wasserstein'"), e.getMessage());
        assertEquals(Set.of(SinkhornPlot.MAP, SinkhornPlot.CONVERGENCE), SinkhornPlot.parse("auto", 2, true));
        assertEquals(Set.of(SinkhornPlot.PLAN), SinkhornPlot.parse("auto", 3, false));
        assertEquals(Set.of(), SinkhornPlot.parse("none", 2, true));
        e = assertThrows(IllegalArgumentException.class, () -> SinkhornPlot.parse("map", 3, true));
        assertTrue(e.getMessage().contains("3 coordinates; use --plot plan"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SinkhornPlot.parse("heat", 2, true));
        assertThrows(IllegalArgumentException.class, () -> OtSettings.defaults().withEps(0));
        assertThrows(IllegalArgumentException.class, () -> OtSettings.defaults().withSlices(0));
        assertThrows(IllegalArgumentException.class, () -> OtComparison.run(PROBLEM, SETTINGS, Set.of()));
    }
}
