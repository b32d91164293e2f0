/**
 * Diffusion models on a union of low-dimensional subspaces: "Diffusion Models Are Statistically
 * Optimal for Learning Low-Dimensional Multi-Modal Distributions" (arXiv; the estimator and the
 * experiment are reconstructed from the abstract). With n samples from a mixture over subspaces of
 * dimension k in R^D, a score-based diffusion model with the smoothed empirical score and early
 * stopping reaches W1 = O~(n^{-1/(k v 2)}): the rate depends on k, not on D.
 *
 * <ul>
 *   <li>data: {@link lab.subspace.magics.diffusion.SubspaceMixture} (Gaussian, uniform or Rademacher
 *       coordinates) or your own samples ({@link lab.subspace.magics.diffusion.SamplePool});</li>
 *   <li>scores: {@link lab.subspace.magics.diffusion.ScoreModel} (implement it for your own fitted
 *       score), {@link lab.subspace.magics.diffusion.EmpiricalScore};</li>
 *   <li>sampling: {@link lab.subspace.magics.diffusion.DiffusionSampler} (DDPM, DDIM,
 *       DPM-Solver++(2M); early stopping by {@link lab.subspace.magics.diffusion.ForwardProcess});</li>
 *   <li>experiments: {@link lab.subspace.magics.diffusion.RateExperiment} (W1 vs n by exact OT),
 *       {@link lab.subspace.magics.diffusion.SampleExperiment},
 *       {@link lab.subspace.magics.diffusion.StepsExperiment}; magic {@code %diffusion-rates}.</li>
 * </ul>
 *
 * <pre>{@code
 * SubspaceMixture mix = SubspaceMixture.random(100, 3, 3, SubgaussianLaw.UNIFORM, 1L);
 * Split s = mix.draw(400, 400, 2L);
 * EmpiricalScore score = EmpiricalScore.of(s.train());
 * Generated g = DiffusionSampler.sample(score, 400, 100, RateOptions.defaults().sampler(400, 3), 3L);
 * double w1 = RateExperiment.w1(g.points(), s.fresh());       // exact OT, Euclidean cost
 * }</pre>
 */
package lab.subspace.magics.diffusion;
