package lab.subspace.magics.sinkhorn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.ot.ExactResult;
import lab.subspace.numerics.ot.SinkhornResult;
import lab.subspace.numerics.ot.TransportResult;

/**
 * One method's run in an {@link OtComparison}: the solver's own result and the numbers of the
 * {@code %sinkhorn} table.
 *
 * <pre>{@code
 * MethodRun srot = report.run(OtMethod.SROT);
 * DMatrixRMaj plan = srot.plan();
 * double[] f = srot.f();                    // source duals (null for SOT, which has none)
 * }</pre>
 *
 * @param method         the method
 * @param result         the solver's result ({@link SinkhornResult}, {@link ExactResult} or a sliced result)
 * @param cost           the transport cost {@code <C, P>}
 * @param relativeError  (cost - exact cost) / exact cost, NaN when exact OT was not computed
 * @param planL1         sum_ij |P_ij - P*_ij| against the exact plan P*, NaN when exact OT was not computed
 * @param iterations     Sinkhorn sweeps, simplex pivots, or -1 for SOT (not iterative)
 * @param marginalError  sqrt(|P1 - a|^2 + |P^T 1 - b|^2) of the returned plan
 * @param converged      whether Sinkhorn met its tolerance or the simplex reached the optimum (always true for SOT)
 * @param seconds        wall-clock time of the solve
 */
public record MethodRun(OtMethod method, TransportResult result, double cost, double relativeError, double planL1,
                        long iterations, double marginalError, boolean converged, double seconds) {

    /** The n x m plan (dense; for exact OT a new dense copy of the sparse plan). */
    public DMatrixRMaj plan() {
        return result.plan();
    }

    /** Source duals f (a copy), or null for SOT. */
    public double[] f() {
        if (result instanceof SinkhornResult s) {
            return s.f();
        }
        return result instanceof ExactResult e ? e.f() : null;
    }

    /** Target duals g (a copy), or null for SOT. */
    public double[] g() {
        if (result instanceof SinkhornResult s) {
            return s.g();
        }
        return result instanceof ExactResult e ? e.g() : null;
    }

    /** The Sinkhorn marginal error at each check (a copy), empty for SOT and exact OT. */
    public double[] trace() {
        return result instanceof SinkhornResult s ? s.trace() : new double[0];
    }
}
