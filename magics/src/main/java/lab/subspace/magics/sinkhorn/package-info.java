/**
 * {@code %sinkhorn}: the paper plugin of "Sliced-Regularized Optimal Transport" (SROT, 2025), which
 * regularises the transport plan towards a smoothed sliced OT plan instead of the independent
 * coupling of entropic OT, and claims a closer approximation of exact OT than both EOT and the
 * sliced plan, better colour transfer and better gradient flows.
 *
 * <p>The solvers live in {@link lab.subspace.numerics.ot}; this package compares them and runs the
 * paper's experiments:
 * <ul>
 *   <li>{@link lab.subspace.magics.sinkhorn.OtComparison} every method on one problem, measured against
 *       exact OT ({@link lab.subspace.magics.sinkhorn.SinkhornReport}; {@code %sinkhorn --source x --target y});</li>
 *   <li>{@link lab.subspace.magics.sinkhorn.AccuracySweep} plan accuracy as eps and L vary ({@code %sinkhorn accuracy});</li>
 *   <li>{@link lab.subspace.magics.sinkhorn.ColourTransfer} colour transfer with each plan ({@code %sinkhorn colour});</li>
 *   <li>{@link lab.subspace.magics.sinkhorn.GradientFlow} flows with the SROT divergence, the Sinkhorn
 *       divergence and SW_2^2 ({@code %sinkhorn flow}).</li>
 * </ul>
 *
 * <pre>{@code
 * var x = OtClouds.isotropic(200, 1L);
 * var y = OtClouds.stretched(200, 2L);
 * SinkhornReport r = OtComparison.run(OtProblem.of(x, y), OtSettings.defaults().withEps(0.01), OtMethod.parse("all"));
 * double srotError = r.run(OtMethod.SROT).relativeError();
 * }</pre>
 */
package lab.subspace.magics.sinkhorn;
