package lab.subspace.magics.npcosts;

/**
 * KL(p || q) between Gaussians split into its covariance part
 * 1/2 [tr(S_q^-1 S_p) - T - log det(S_q^-1 S_p)] and its mean part 1/2 dm^T S_q^-1 dm.
 *
 * @param covariance covariance part (&gt;= 0)
 * @param mean       mean part (&gt;= 0), or its expectation over labels
 */
public record KlParts(double covariance, double mean) {

    /** The KL divergence. */
    public double total() {
        return covariance + mean;
    }
}
