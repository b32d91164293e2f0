/**
 * The three costs of amortising GP inference with neural processes ("Three Costs of Amortizing
 * Gaussian Process Inference with Neural Processes"), behind the {@code %np-costs} magic.
 *
 * <ul>
 *   <li>exact GP regression: {@link lab.subspace.magics.npcosts.Kernel} (SE, Matern 1/2, 3/2, 5/2),
 *       {@link lab.subspace.magics.npcosts.Conditional} (Cholesky conditioning), the KL between
 *       Gaussian predictives {@link lab.subspace.magics.npcosts.GaussianKl};</li>
 *   <li>the information bottleneck: {@link lab.subspace.magics.npcosts.PeriodicKernel} and its exact
 *       rank-d Mercer truncation {@link lab.subspace.magics.npcosts.MercerBasis}, swept by
 *       {@link lab.subspace.magics.npcosts.Bottleneck}; on a user's data,
 *       {@link lab.subspace.magics.npcosts.DataGp} (rank-d truncation of the Gram matrix);</li>
 *   <li>amortised predictors trained across context sets ({@link lab.subspace.magics.npcosts.TaskSampler}):
 *       {@link lab.subspace.magics.npcosts.MeanPoolingNp} (variance from (x, y) or from x only) and
 *       {@link lab.subspace.magics.npcosts.SecondOrderNp}, on the shared MLP and Adam;</li>
 *   <li>experiments: {@link lab.subspace.magics.npcosts.LabelContamination} and
 *       {@link lab.subspace.magics.npcosts.AmortizationGap}.</li>
 * </ul>
 */
package lab.subspace.magics.npcosts;
