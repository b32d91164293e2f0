/**
 * "Learning Nonlinear Factor Models with Unknown Monotone Links from Incomplete and Noisy Data"
 * (reconstructed from the abstract): Y_ij = g(f_i^T l_j) + noise on the observed entries, with g
 * an unknown monotone link in an RKHS, fitted by projected block coordinate descent.
 *
 * <p>Entry points: {@link lab.subspace.magics.factorlink.FactorLink} (the BCD and the oracle),
 * {@link lab.subspace.magics.factorlink.LinkRegression} (the link step),
 * {@link lab.subspace.magics.factorlink.LinearFactorModel} (SVD completion baseline),
 * {@link lab.subspace.magics.factorlink.SyntheticFactors} (the design) and
 * {@link lab.subspace.magics.factorlink.Experiments}. The magic is {@code %factor-link}
 * ({@link lab.subspace.magics.factorlink.FactorLinkMagic}).
 *
 * <pre>{@code
 * MaskedMatrix Y = Matrices.masked("Y", "responses.csv");
 * FactorLinkFit fit = FactorLink.fit(Y, 3);
 * }</pre>
 */
package lab.subspace.magics.factorlink;
