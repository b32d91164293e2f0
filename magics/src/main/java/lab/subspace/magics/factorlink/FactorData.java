package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;

/**
 * One sample of the synthetic design ({@link SyntheticFactors}).
 *
 * <pre>{@code
 * FactorData d = SyntheticFactors.sample(SyntheticSpec.defaults(Link.CUBIC), 0);
 * FactorLinkFit fit = FactorLink.fit(d.observed(), d.spec().rank(), FactorLinkOptions.defaults(), d.truth());
 * }</pre>
 *
 * @param spec     the design
 * @param observed noisy observations with the missing entries masked
 * @param truth    the noiseless M = g(F L^T)
 * @param factors  true F
 * @param loadings true L
 * @param noiseSd  standard deviation of the added noise
 */
public record FactorData(SyntheticSpec spec, MaskedMatrix observed, DMatrixRMaj truth, DMatrixRMaj factors,
        DMatrixRMaj loadings, double noiseSd) {
}
