/**
 * Optimal transport between discrete measures, over EJML: the numerics shared by several papers'
 * magics (%sinkhorn, the diffusion-rates W1 distances, colour transfer).
 *
 * <p>Entry point: {@link lab.subspace.numerics.ot.OT} ({@code eot}, {@code srot}, {@code sot},
 * {@code exact}, {@code barycentricMap}, {@code srotDivergence}); problems are
 * {@link lab.subspace.numerics.ot.OtProblem}s (points or a cost matrix, weights checked); results
 * are immutable records implementing {@link lab.subspace.numerics.ot.TransportResult}.
 *
 * <pre>{@code
 * OtProblem p = OtProblem.of(x, y).withWeights(a, b);
 * SinkhornResult r = OT.srot(p, 0.01, 100, 42L);
 * System.out.println(r.cost() + " after " + r.iterations() + " sweeps, converged: " + r.converged());
 * }</pre>
 *
 * <p>Every loop honours thread interrupts ({@code Interrupts.check()}), long runs show a
 * {@code Progress} bar, large matrices are checked against the free heap before allocation, and
 * parallel code splits work into fixed blocks so that results do not depend on the thread count.
 */
package lab.subspace.numerics.ot;
