/**
 * "A Fourier perspective on the learning dynamics of neural networks: from sample complexities to
 * mechanistic insights" (Ricci, Merger, Goldt, arXiv:2605.16913), reconstructed at laptop scale:
 * signals and textures with controlled amplitudes and phases ({@link lab.subspace.magics.fourier.PhaseTask},
 * {@link lab.subspace.magics.fourier.FourierSignals}), online SGD on a two-layer network
 * ({@link lab.subspace.magics.fourier.OnlineSgd}), learning curves on phase-scrambled and
 * amplitude-swapped inputs ({@link lab.subspace.magics.fourier.AmplitudeBeforePhase}) and the
 * steps-to-learn scan over sizes and spectral exponents ({@link lab.subspace.magics.fourier.StepsToLearn}).
 */
package lab.subspace.magics.fourier;
