package lab.subspace.numerics.ot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every solver, through the same property checks: marginals, non-negativity, cost >= exact cost. */
class SolverContractTest {

    private static final double MARGINAL_TOL = 1e-8;

    record Named(String name, TransportSolver solver) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Named> solvers() {
        SinkhornOptions tight = SinkhornOptions.defaults().withTol(1e-10);
        return List.of(
                new Named("eot", p -> OT.eot(p, 0.05 * Clouds.maxCost(p), tight)),
                new Named("eot-plain", p -> OT.eot(p, 0.05 * Clouds.maxCost(p), tight.withOverrelaxation(false))),
                new Named("eot-eps-scaling", p -> OT.eot(p, 5e-3 * Clouds.maxCost(p), tight.withEpsScaling(true))),
                new Named("srot", p -> OT.srot(p, 0.05 * Clouds.maxCost(p), Directions.random(2, 20, 7L), tight)),
                new Named("sot", p -> OT.sot(p, 20, 7L)),
                new Named("exact", OT::exact),
                new Named("by-name-srot", OT.solver("srot", 0.1, 10, 3L, tight)));
    }

    static List<OtProblem> problems() {
        OtProblem uniform = OtProblem.of(Clouds.uniform(30, 2, 0, 1), Clouds.uniform(30, 2, 0.5, 2));
        OtProblem weighted = Clouds.weighted(25, 35, 10);
        double[] a = Clouds.weights(20, 20);
        a[3] = 0; // a point without mass
        double s = Weights.sum(a);
        for (int i = 0; i < a.length; i++) {
            a[i] /= s;
        }
        OtProblem zero = OtProblem.of(Clouds.uniform(20, 2, 0, 21), Clouds.uniform(15, 2, 0.2, 22))
                .withWeights(a, Weights.uniform(15));
        return List.of(uniform, weighted, zero);
    }

    static Stream<Arguments> cases() {
        return solvers().stream().flatMap(s -> problems().stream().map(p -> Arguments.of(s, p)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("cases")
    void planHasTheMarginalsIsNonNegativeAndCostsAtLeastTheExactCost(Named named, OtProblem problem) {
        TransportResult r = named.solver().solve(problem);
        DMatrixRMaj plan = r.plan();
        assertEquals(problem.n(), plan.numRows);
        assertEquals(problem.m(), plan.numCols);
        for (double v : plan.data) {
            assertTrue(v >= 0, "negative plan entry " + v);
        }
        assertTrue(Clouds.maxAbsDiff(Clouds.rowSums(plan), problem.a()) < MARGINAL_TOL, "row marginal");
        assertTrue(Clouds.maxAbsDiff(Clouds.colSums(plan), problem.b()) < MARGINAL_TOL, "column marginal");
        assertEquals(Clouds.dot(problem.cost(), plan), r.cost(), 1e-12, "cost is <C, P>");
        double exact = OT.exact(problem).cost();
        assertTrue(r.cost() >= exact - 1e-9, "cost " + r.cost() + " below the exact optimum " + exact);
        if (r instanceof SinkhornResult s) {
            assertTrue(s.converged(), "did not converge: " + s);
            assertTrue(s.marginalError() < 1e-9, "marginal error " + s.marginalError());
        }
    }
}
