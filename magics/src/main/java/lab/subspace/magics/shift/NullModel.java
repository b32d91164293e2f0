package lab.subspace.magics.shift;

/** How the flagging threshold of the scan statistic is obtained. */
public enum NullModel {
    /** Exact (1 - alpha) quantile by dynamic programming over the binomial random walk. */
    EXACT,
    /** Empirical (1 - alpha) quantile of seeded simulated Bernoulli sequences (the paper's protocol). */
    SIMULATED
}
