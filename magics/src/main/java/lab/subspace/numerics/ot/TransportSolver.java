package lab.subspace.numerics.ot;

/**
 * A transport solver with its options fixed, so that callers (a magic, the contract tests) can
 * treat all methods alike.
 *
 * <pre>{@code
 * TransportSolver s = OT.solver("srot", 0.01, 100, 42L, SinkhornOptions.defaults());
 * TransportResult r = s.solve(OtProblem.of(x, y));
 * }</pre>
 */
@FunctionalInterface
public interface TransportSolver {

    TransportResult solve(OtProblem problem);
}
