/**
 * {@code %twisted-smc}: trust-region iterative twisted sequential Monte Carlo (TRI-TSMC) for
 * inference-time alignment of diffusion models, after "Inference-Time Alignment of Diffusion Models via
 * Trust-Region Iterative Twisted Sequential Monte Carlo" (reconstructed from the abstract at small scale).
 *
 * <p>The model is a DDPM with the exact score of a Gaussian mixture ({@link
 * lab.subspace.magics.twistedsmc.MixtureDiffusion}); the target is p(x_{0:T}) exp(r(x_0) / beta) for a
 * {@link lab.subspace.magics.twistedsmc.Reward}. {@link lab.subspace.magics.twistedsmc.TwistedSmc} holds
 * the samplers (twisted SMC, plain SMC steering, best-of-N) and the trust-region twist learning;
 * {@link lab.subspace.magics.twistedsmc.ParticleSweep}, {@link lab.subspace.magics.twistedsmc.IterationSweep}
 * and {@link lab.subspace.magics.twistedsmc.SampleComparison} are the notebook's experiments.
 */
package lab.subspace.magics.twistedsmc;
