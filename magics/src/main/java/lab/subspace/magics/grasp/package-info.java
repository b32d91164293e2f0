/**
 * GRASP, GRadient projection of Associated Spurious Patterns ("Unsupervised Identification and
 * Removal of Spurious Correlations During Fine-Tuning", Gilligan-Lee, Egan, Zhu, O'Riordan,
 * arXiv:2605.27676), behind the {@code %grasp} magic.
 *
 * <ul>
 *   <li>{@link lab.subspace.magics.grasp.Factors} and {@link lab.subspace.magics.grasp.CandidateFactors}:
 *       candidate latent factors of any weight update dW or LoRA update scale B A, with energy shares;</li>
 *   <li>{@link lab.subspace.magics.grasp.LoraTuning}: LoRA fine-tuning of a pretrained
 *       {@link lab.subspace.numerics.nn.Mlp}, naive, with GRASP's gradient projection or with activation
 *       ablation ({@link lab.subspace.magics.grasp.Intervention});</li>
 *   <li>{@link lab.subspace.magics.grasp.LatentWorld} and {@link lab.subspace.magics.grasp.Pretraining}:
 *       the synthetic world with a planted spurious factor that the pretrained model also uses for a second task;</li>
 *   <li>experiments: {@link lab.subspace.magics.grasp.GraspExperiment} (all methods at one strength) and
 *       {@link lab.subspace.magics.grasp.StrengthSweep} (across spurious-correlation strengths).</li>
 * </ul>
 */
package lab.subspace.magics.grasp;
