package lab.subspace.numerics.ot;

/**
 * An OT divergence S(x, y) = <C_xy, P_xy> - 1/2 <C_xx, P_xx> - 1/2 <C_yy, P_yy> built from three
 * regularised plans (SROT or EOT), so that S(x, x) = 0 ("Sliced-Regularized Optimal Transport").
 *
 * <pre>{@code
 * DivergenceResult s = OT.srotDivergence(OtProblem.of(x, y), 0.01, Directions.random(2, 100, 1L), SinkhornOptions.defaults());
 * }</pre>
 *
 * @param value      S
 * @param costXY     {@code <C_xy, P_xy>}
 * @param costXX     {@code <C_xx, P_xx>}
 * @param costYY     {@code <C_yy, P_yy>}
 * @param converged  whether all three Sinkhorn runs converged
 */
public record DivergenceResult(double value, double costXY, double costXX, double costYY, boolean converged) {
}
