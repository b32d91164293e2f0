package lab.subspace.magics.audit;

/**
 * The spectral-gap diagnostic for one pair of shift matrices (M^h, M^u) over the same prompts:
 * {@code kappa_lb = s_r(S)^2 / (eps (|M^h|_F^2 + |M^u|_F^2))} with S = M^h - M^u. The Mirsky-route
 * lower bound needs kappa_lb &gt;= 1; structurally {@code kappa_lb <= 2 / (eps r)}.
 *
 * @param r               the rank at which the gap is taken (by default rank_eps(M^h))
 * @param eps             energy threshold
 * @param srSquared       s_r(S)^2
 * @param energy          |M^h|_F^2 + |M^u|_F^2
 * @param kappaLb         the diagnostic
 * @param bound           2 / (eps r)
 */
public record GapDiagnostic(int r, double eps, double srSquared, double energy, double kappaLb, double bound) {

    /** The spectral-gap hypothesis kappa_lb &gt;= 1 that the lower bound needs. */
    public boolean hypothesisHolds() {
        return kappaLb >= 1;
    }

    /** kappa_lb &lt;= 2 / (eps r), up to rounding (always true: a check of the computation). */
    public boolean boundHolds() {
        return kappaLb <= bound * (1 + 1e-9);
    }
}
