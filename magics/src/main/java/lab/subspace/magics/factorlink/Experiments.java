package lab.subspace.magics.factorlink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.display.Progress;
import lab.subspace.numerics.stats.LineFit;

/**
 * The synthetic experiments (reconstructed from the abstract of "Learning Nonlinear Factor Models
 * with Unknown Monotone Links from Incomplete and Noisy Data"): error against iteration, against
 * the missing rate and against the noise level, for the BCD with an estimated link, the oracle
 * with the true link and the linear factor model.
 *
 * <pre>{@code
 * SyntheticSpec spec = SyntheticSpec.defaults(Link.TANH);
 * ConvergenceReport c = Experiments.convergence(spec, List.of(Link.TANH, Link.CUBIC), new double[] {0, 0.1}, 40, 0);
 * SweepReport m = Experiments.missingSweep(spec, List.of(Link.TANH), new double[] {0.2, 0.5, 0.8}, 30, 0);
 * }</pre>
 */
public final class Experiments {

    /** A trace has reached its floor once it is within this factor of its minimum. */
    static final double FLOOR_FACTOR = 10;

    private Experiments() {
    }

    /** For every link and noise level: one sample (seed), the three methods, and the fitted rate. */
    public static ConvergenceReport convergence(SyntheticSpec spec, List<Link> links, double[] noises, int iterations,
            long seed) {
        requireLinks(links);
        if (noises.length == 0) {
            throw new IllegalArgumentException("give at least one noise level");
        }
        FactorLinkOptions options = FactorLinkOptions.defaults().withIterations(iterations).withTolerance(0);
        List<ConvergenceRun> runs = new ArrayList<>();
        try (Progress progress = Progress.start("factor-link convergence", (long) links.size() * noises.length,
                Duration.ofSeconds(1))) {
            for (Link link : links) {
                for (double noise : noises) {
                    FactorData d = SyntheticFactors.sample(spec.withLink(link).withNoise(noise), seed);
                    FactorLinkFit fit = FactorLink.fit(d.observed(), spec.rank(), options, d.truth());
                    FactorLinkFit oracle = FactorLink.fitWithLink(d.observed(), spec.rank(), link, options, d.truth());
                    double linear = Errors.relative(LinearFactorModel.complete(d.observed(), spec.rank()).completed(), d.truth());
                    runs.add(new ConvergenceRun(link, noise, fit, oracle, linear, rate(fit.truthError()),
                            indexScale(d, fit)));
                    progress.step();
                }
            }
        }
        return new ConvergenceReport(spec, List.copyOf(runs));
    }

    /** Final errors against the missing rate (noise and the rest from spec). */
    public static SweepReport missingSweep(SyntheticSpec spec, List<Link> links, double[] rates, int iterations,
            long seed) {
        return sweep("missing rate", spec, links, rates, iterations, seed, true);
    }

    /** Final errors against the noise level (missing rate and the rest from spec); levels must be &gt; 0. */
    public static SweepReport noiseSweep(SyntheticSpec spec, List<Link> links, double[] levels, int iterations,
            long seed) {
        for (double v : levels) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("noise levels must be > 0 (they are fitted on a log scale) but got " + v);
            }
        }
        return sweep("noise level", spec, links, levels, iterations, seed, false);
    }

    private static SweepReport sweep(String parameter, SyntheticSpec spec, List<Link> links, double[] values,
            int iterations, long seed, boolean missing) {
        requireLinks(links);
        if (values.length < 2) {
            throw new IllegalArgumentException("a sweep needs at least 2 values but got " + values.length);
        }
        FactorLinkOptions options = FactorLinkOptions.defaults().withIterations(iterations);
        List<SweepReport.Series> series = new ArrayList<>();
        try (Progress progress = Progress.start("factor-link " + parameter + " sweep", (long) links.size() * values.length,
                Duration.ofSeconds(1))) {
            for (Link link : links) {
                double[] nonlinear = new double[values.length];
                double[] oracle = new double[values.length];
                double[] linear = new double[values.length];
                for (int k = 0; k < values.length; k++) {
                    SyntheticSpec s = missing ? spec.withLink(link).withMissing(values[k])
                            : spec.withLink(link).withNoise(values[k]);
                    FactorData d = SyntheticFactors.sample(s, seed);
                    nonlinear[k] = FactorLink.fit(d.observed(), s.rank(), options, d.truth()).finalError();
                    oracle[k] = FactorLink.fitWithLink(d.observed(), s.rank(), link, options, d.truth()).finalError();
                    linear[k] = Errors.relative(LinearFactorModel.complete(d.observed(), s.rank()).completed(), d.truth());
                    progress.step();
                }
                series.add(new SweepReport.Series(link, SweepReport.NONLINEAR, nonlinear));
                series.add(new SweepReport.Series(link, SweepReport.ORACLE, oracle));
                series.add(new SweepReport.Series(link, SweepReport.LINEAR, linear));
            }
        }
        return new SweepReport(parameter, values.clone(), List.copyOf(series));
    }

    /**
     * exp(slope) of log error against iteration, fitted from the start to the first iteration
     * within {@link #FLOOR_FACTOR} times the trace's minimum (the floor set by the link's
     * representation or the noise); NaN when the start is already there.
     */
    public static double rate(double[] trace) {
        double min = Arrays.stream(trace).min().orElse(Double.NaN);
        int end = 0;
        while (end < trace.length && trace[end] > FLOOR_FACTOR * min) {
            end++;
        }
        if (end == 0 || end == trace.length) {
            return Double.NaN;
        }
        double[] it = new double[end + 1];
        for (int k = 0; k <= end; k++) {
            it[k] = k;
        }
        return Math.exp(LineFit.semiLog(it, Arrays.copyOf(trace, end + 1)).slope());
    }

    /** a minimising |Z* - a Z_hat|_F. */
    static double indexScale(FactorData d, FactorLinkFit fit) {
        DMatrixRMaj truth = CommonOps_DDRM.multTransB(d.factors(), d.loadings(), null);
        DMatrixRMaj est = fit.index();
        double num = 0;
        double den = 0;
        for (int k = 0; k < est.data.length; k++) {
            num += truth.data[k] * est.data[k];
            den += est.data[k] * est.data[k];
        }
        return den > 0 ? num / den : 1;
    }

    private static void requireLinks(List<Link> links) {
        if (links == null || links.isEmpty()) {
            throw new IllegalArgumentException("give at least one link");
        }
    }
}
