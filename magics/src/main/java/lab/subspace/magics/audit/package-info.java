/**
 * "An Effective-Rank Audit of Alignment-Induced Activation Shifts: Confound Control, Constructive
 * Calibration, and Limits": rank_eps / rho_eps of activation-shift matrices ({@link
 * lab.subspace.magics.audit.EffectiveRank}), the four-variant decomposition ({@link
 * lab.subspace.magics.audit.ActivationSets}, {@link lab.subspace.magics.audit.Audit}), the refusal
 * direction, directional ablation, the spectral-gap diagnostic kappa_lb ({@link
 * lab.subspace.magics.audit.SpectralGap}), the constructive calibration on a small MLP with the
 * rank-maximisation regulariser ({@link lab.subspace.magics.audit.Calibration}), a synthetic stand-in
 * for LLM activations with planted structure, and the {@code %subspace-audit} magic.
 */
package lab.subspace.magics.audit;
