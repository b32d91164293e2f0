package lab.subspace.magics.factorlink;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.numerics.Memory;
import lab.subspace.numerics.random.Rng;

/**
 * Draws the synthetic nonlinear factor model of {@link SyntheticSpec}. Factors, loadings, the mask
 * and the noise come from separate streams split off the seed, so changing the noise level or the
 * missing rate keeps the same F, L (and the same uniforms behind the mask).
 *
 * <pre>{@code
 * FactorData d = SyntheticFactors.sample(SyntheticSpec.defaults(Link.EXP).withMissing(0.7), 3);
 * }</pre>
 */
public final class SyntheticFactors {

    private SyntheticFactors() {
    }

    public static FactorData sample(SyntheticSpec spec, long seed) {
        int n = spec.rows();
        int p = spec.cols();
        int r = spec.rank();
        Memory.requireMatrices(n, p, 4, "synthetic factor model");
        Rng root = new Rng(seed);
        Rng factorStream = root.split();
        Rng loadingStream = root.split();
        Rng maskStream = root.split();
        Rng noiseStream = root.split();
        DMatrixRMaj f = factorStream.gaussian(n, r);
        DMatrixRMaj l = loadingStream.gaussian(p, r, 1 / Math.sqrt(r));
        DMatrixRMaj truth = FactorLink.complete(f, l, spec.link());
        double mean = 0;
        for (double v : truth.data) {
            mean += v / truth.data.length;
        }
        double var = 0;
        for (double v : truth.data) {
            var += (v - mean) * (v - mean) / truth.data.length;
        }
        double sd = spec.noise() * Math.sqrt(var);
        DMatrixRMaj values = new DMatrixRMaj(n, p);
        DMatrixRMaj mask = new DMatrixRMaj(n, p);
        int observed = 0;
        for (int k = 0; k < values.data.length; k++) {
            boolean seen = maskStream.uniform() >= spec.missing();
            double e = noiseStream.gaussian();
            if (seen) {
                mask.data[k] = 1;
                values.data[k] = truth.data[k] + sd * e;
                observed++;
            }
        }
        return new FactorData(spec, new MaskedMatrix(values, mask, observed), truth, f, l, sd);
    }
}
