/**
 * Symmetry-compatible optimizer updates, after "Symmetry-Compatible Principle for Optimizer Design:
 * Embeddings, LM Heads, SwiGLU MLPs, and MoE Routers": the update rule of each weight block should be
 * equivariant under that block's symmetry group.
 *
 * <ul>
 * <li>{@link lab.subspace.magics.symopt.UpdateRules}: polar (Muon, PolarGrad), row-norm, hybrids,
 * column-aware, centred and left-polar rules; {@link lab.subspace.magics.symopt.Polar} and
 * {@link lab.subspace.magics.symopt.NewtonSchulz} compute polar factors.</li>
 * <li>{@link lab.subspace.magics.symopt.LayerwiseOptimizer}: EMA momentum, a rule per parameter,
 * decoupled weight decay, behind the shared {@link lab.subspace.numerics.nn.Optimizer} interface;
 * {@link lab.subspace.magics.symopt.SplitOptimizer} puts two optimizers side by side (ablations).</li>
 * <li>{@link lab.subspace.magics.symopt.Equivariance}: the error of any rule or optimizer under
 * each {@link lab.subspace.magics.symopt.Group}.</li>
 * <li>{@link lab.subspace.magics.symopt.BigramExperiment} and
 * {@link lab.subspace.magics.symopt.RouterExperiment}: toy models trained with AdamW and the
 * matched rules; the magic is {@code %symopt}.</li>
 * </ul>
 */
package lab.subspace.magics.symopt;
