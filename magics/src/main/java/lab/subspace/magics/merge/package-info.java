/**
 * Curvature-aware model merging as a subspace Frechet mean, after "Model Merging on Loss Landscape:
 * A Geometry Perspective" (EpiMer): the merges ({@link lab.subspace.magics.merge.SubspaceMerge}),
 * their error decomposition into subspace Frechet variance and residual energy
 * ({@link lab.subspace.magics.merge.MergeDiagnostics}), the closed-form "curvature helps" criterion
 * ({@link lab.subspace.magics.merge.CurvatureGain}), a synthetic eight-task suite
 * ({@link lab.subspace.magics.merge.TaskSuite}) with its experiments
 * ({@link lab.subspace.magics.merge.MergeComparison}, {@link lab.subspace.magics.merge.HeterogeneitySweep}),
 * and the {@code %merge} magic.
 *
 * <pre>{@code
 * MergeProblem p = MergeProblem.fromFinetuned(theta0, thetas, MergeProblem.diagonals(fisher));
 * Merge m = SubspaceMerge.epimer(p, 4);
 * }</pre>
 */
package lab.subspace.magics.merge;
