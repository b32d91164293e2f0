/**
 * {@code %deblur}: self-supervised defocus deblurring with noise-bias correction, after
 * "Physen-Noise2Noise: Physics-Guided Self-Supervised Defocus Deblurring with Bias Correction under
 * Low-Light Conditions" (Huang et al., arXiv:2605.24590).
 *
 * <p>Entry points: {@link lab.subspace.magics.deblur.SelfSupervised} (training on noisy frames
 * only), {@link lab.subspace.magics.deblur.Defocus} (forward model),
 * {@link lab.subspace.magics.deblur.Wiener} (oracle reference),
 * {@link lab.subspace.magics.deblur.ImageQuality} and {@link lab.subspace.magics.deblur.Ssim}
 * (metrics), and the experiments {@link lab.subspace.magics.deblur.DeblurExperiment},
 * {@link lab.subspace.magics.deblur.BiasSweep}, {@link lab.subspace.magics.deblur.LightSweep} and
 * {@link lab.subspace.magics.deblur.FrameRestore}.
 */
package lab.subspace.magics.deblur;
