package lab.subspace.magics.audit;

import lab.subspace.numerics.linalg.Spectrum;

/**
 * The effective rank of one shift matrix: rank_eps, rho_eps = rank_eps / d and the singular
 * spectrum it came from.
 *
 * @param samples   rows of the shift matrix (prompts)
 * @param dimension columns (the activation width d)
 * @param eps       energy threshold
 * @param centered  whether the mean shift (column means) was removed first
 * @param spectrum  singular values, descending
 * @param rankEps   min{k : sum_{i&lt;=k} s_i^2 &gt;= (1 - eps) sum s_i^2}
 */
public record RankProfile(int samples, int dimension, double eps, boolean centered, Spectrum spectrum, int rankEps) {

    /** rho_eps = rank_eps / d, the paper's measure. */
    public double rho() {
        return (double) rankEps / dimension;
    }

    /** rank_eps / min(d, n): the share of the rank the data could have. */
    public double rankFraction() {
        return (double) rankEps / Math.max(1, Math.min(dimension, samples));
    }

    /** Cumulative energy share of the top k singular values, k = 1..min(d, n). */
    public double[] cumulativeEnergy() {
        return spectrum.cumulativeEnergy();
    }

    /** Singular values, descending (a copy). */
    public double[] singularValues() {
        return spectrum.values().clone();
    }

    /** Squared Frobenius norm. */
    public double energy() {
        return spectrum.totalEnergy();
    }
}
