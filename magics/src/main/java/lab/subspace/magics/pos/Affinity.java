package lab.subspace.magics.pos;

/**
 * Edge weights of the neighbourhood graph that spectral clustering cuts into subspaces. Both use
 * the same graph: each point is joined to the {@code neighbors} points with the largest
 * |cos angle| to it (a linear subspace holds x and -x alike).
 */
public enum Affinity {
    /**
     * Thresholded subspace clustering (Heckel and Boelcskei, "Robust subspace clustering via
     * thresholding", IEEE Trans. Inf. Theory 2015): weight exp(-2 arccos |cos(x_i, x_j)|).
     */
    COSINE,
    /**
     * Local subspace affinity (Yan and Pollefeys, ECCV 2006): a local PCA basis is fitted to each
     * point's neighbourhood, and an edge weighs exp(-sum_i sin^2 theta_i) over the principal
     * angles between the two local subspaces.
     */
    LOCAL_PCA
}
