/**
 * Multi-head attention as an ensemble of Nadaraya-Watson estimators ("Multi-Head Attention as
 * Ensemble Nadaraya-Watson Estimation: Variance Reduction, Decorrelation, and Optimal Head
 * Diversity"), behind the {@code %mha-nw} magic.
 *
 * <ul>
 *   <li>{@link lab.subspace.magics.mhanw.NadarayaWatson}, {@link lab.subspace.magics.mhanw.Attention} and
 *       {@link lab.subspace.magics.mhanw.AttentionIdentity}: softmax attention is a Nadaraya-Watson
 *       estimator, checked numerically;</li>
 *   <li>{@link lab.subspace.magics.mhanw.HeadDiversity}: principal angles between head subspaces and
 *       the Head Diversity Index, for synthetic bases or a trained model's W_Q / W_K per layer;</li>
 *   <li>{@link lab.subspace.magics.mhanw.NwEnsemble} and {@link lab.subspace.magics.mhanw.Decomposition}:
 *       H Gaussian-kernel heads on projection subspaces and their bias-variance-covariance
 *       decomposition estimated by Monte Carlo over datasets;</li>
 *   <li>experiments: {@link lab.subspace.magics.mhanw.RotationSweep} (heads rotated from identical to
 *       orthogonal), {@link lab.subspace.magics.mhanw.BudgetSweep} (best (H, d_k) at fixed D = H d_k
 *       as n grows) and {@link lab.subspace.magics.mhanw.EnsembleDiagnostic} (the decomposition on a
 *       user's own data and heads).</li>
 * </ul>
 */
package lab.subspace.magics.mhanw;
