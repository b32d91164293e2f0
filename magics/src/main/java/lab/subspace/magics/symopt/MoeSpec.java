package lab.subspace.magics.symopt;

/**
 * Settings of the toy mixture of experts ({@link MoeProblem}).
 *
 * @param experts     E &gt;= 2
 * @param topK        experts per token, 1..E
 * @param batch       tokens per step
 * @param zLoss       router z-loss coefficient c_z &gt;= 0 (ST-MoE; OLMoE uses 1e-3)
 * @param balanceLoss Switch load-balancing coefficient alpha &gt;= 0 (alpha E sum_e f_e P_e; OLMoE uses 1e-2)
 */
public record MoeSpec(int experts, int topK, int batch, double zLoss, double balanceLoss) {

    public MoeSpec {
        if (experts < 2) {
            throw new IllegalArgumentException("need at least 2 experts but got " + experts);
        }
        if (topK < 1 || topK > experts) {
            throw new IllegalArgumentException("topK must be in [1, " + experts + "] but is " + topK);
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch must be >= 1 but is " + batch);
        }
        if (!(zLoss >= 0) || Double.isInfinite(zLoss) || !(balanceLoss >= 0) || Double.isInfinite(balanceLoss)) {
            throw new IllegalArgumentException("zLoss and balanceLoss must be finite and >= 0 but are " + zLoss + " and " + balanceLoss);
        }
    }

    /**
     * E = 8, top-2, batches of 128, z-loss 1e-3, balance loss 1e-2 (OLMoE's coefficients). Top-2
     * rather than top-1: with top-1 the final loss depends mostly on which routing basin a seed
     * falls into (its spread over seeds is 20x that of top-2), which hides optimizer differences.
     */
    public static MoeSpec defaults() {
        return new MoeSpec(8, 2, 128, 1e-3, 1e-2);
    }
}
