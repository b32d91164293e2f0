package lab.subspace.magics.factorlink;

import java.util.List;

import lab.subspace.numerics.stats.LineFit;

/**
 * Final relative errors of each method over a swept parameter (missing rate or noise level),
 * per link ({@link Experiments#missingSweep}, {@link Experiments#noiseSweep}).
 *
 * <pre>{@code
 * SweepReport s = Experiments.noiseSweep(spec, links, new double[] {0.02, 0.05, 0.1, 0.2}, 30, 0);
 * double slope = s.logLogSlope(Link.TANH, SweepReport.NONLINEAR);
 * }</pre>
 *
 * @param parameter what was swept ("missing rate" or "noise level")
 * @param values    the swept values
 * @param series    one per (link, method)
 */
public record SweepReport(String parameter, double[] values, List<Series> series) {

    public static final String NONLINEAR = "nonlinear (BCD)";
    public static final String ORACLE = "oracle link";
    public static final String LINEAR = "linear (SVD completion)";

    /**
     * @param link   the true link
     * @param method {@link #NONLINEAR}, {@link #ORACLE} or {@link #LINEAR}
     * @param errors relative error at each swept value
     */
    public record Series(Link link, String method, double[] errors) {
    }

    public double[] errors(Link link, String method) {
        for (Series s : series) {
            if (s.link() == link && s.method().equals(method)) {
                return s.errors();
            }
        }
        throw new IllegalArgumentException("no series for link " + link + " and method " + method);
    }

    /** Slope of log error against log parameter (1 = error proportional to the parameter). */
    public double logLogSlope(Link link, String method) {
        return LineFit.logLog(values, errors(link, method)).slope();
    }
}
