package lab.subspace.magics.factorlink;

/**
 * One link and noise level of the convergence experiment ({@link Experiments#convergence}).
 *
 * @param link         the true link
 * @param noise        noise level (relative to the spread of M)
 * @param nonlinear    the BCD fit with the estimated link (its truthError is the trace)
 * @param oracle       the BCD fit with the true link fixed
 * @param linearError  relative error of the linear factor model (SVD completion)
 * @param rate         fitted per-iteration contraction of the BCD error before its floor
 * @param indexScale   a with Z* ~ a Z_hat (least squares), to draw the estimated link on the true index axis
 */
public record ConvergenceRun(Link link, double noise, FactorLinkFit nonlinear, FactorLinkFit oracle, double linearError,
        double rate, double indexScale) {
}
