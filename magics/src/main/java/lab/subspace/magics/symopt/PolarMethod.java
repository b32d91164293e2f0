package lab.subspace.magics.symopt;

/** How {@link Polar} computes the polar factor M (M^T M)^{-1/2}. */
public enum PolarMethod {
    /** Thin SVD M = U S V^T, factor U_r V_r^T over the nonzero singular values (the reference). */
    SVD,
    /** Pseudo-inverse square root of the smaller Gram matrix, M (M^T M)^{+1/2} or (M M^T)^{+1/2} M. */
    GRAM,
    /** The cubic Newton-Schulz iteration X &lt;- X (3 I - X^T X) / 2 (matrix products only). */
    NEWTON_SCHULZ
}
