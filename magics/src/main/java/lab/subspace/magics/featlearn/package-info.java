/**
 * How one large gradient step reshapes a two-layer network's function space: "How does feature
 * learning reshape the function space?" (arXiv; the experiments are reconstructed from the
 * abstract). x ~ N(0, I_d), y = sigma_*(beta^T x) + noise; f(x) = (1/N) sum_j a_j sigma(w_j^T x)
 * with w_j ~ N(0, I/d). One step with learning rate eta * N moves every neuron along beta by
 * eta mu_1 c_1 a_j, so the weights become close to the spiked Gaussian N(0, bulk I + s beta beta^T),
 * whose kernel k(x, x') = E_w[sigma(w^T x) sigma(w^T x')] is data-adaptive: its top eigenvalues
 * grow, one eigenvector aligns with beta^T x and the top (radial / constant) mode mixes with the
 * quadratic harmonic (beta^T x)^2.
 *
 * <ul>
 *   <li>model: {@link lab.subspace.magics.featlearn.SingleIndexTarget},
 *       {@link lab.subspace.magics.featlearn.TwoLayerNetwork} (features, gradient step);</li>
 *   <li>theory: {@link lab.subspace.magics.featlearn.SpikedCovariance},
 *       {@link lab.subspace.magics.featlearn.GaussianFeatureKernel} (closed forms for ReLU, erf, identity);</li>
 *   <li>experiments: {@link lab.subspace.magics.featlearn.FeatureLearning} (entry point),
 *       {@link lab.subspace.magics.featlearn.GramSpectrum}, {@link lab.subspace.magics.featlearn.RidgeSweep};
 *       magic {@code %feature-learning}.</li>
 * </ul>
 *
 * <pre>{@code
 * OneStepRun run = FeatureLearning.oneStep(OneStepConfig.defaults(), 7L);
 * SpectrumResult sp = FeatureLearning.spectra(run, 5);
 * double growth = sp.topGrowth();                               // top eigenvalue after / before
 * double cos = FeatureLearning.covariance(run).alignment();     // |cos(spike, beta)|
 * }</pre>
 */
package lab.subspace.magics.featlearn;
