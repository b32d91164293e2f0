package lab.subspace.magics.factorlink;

import java.util.List;

/**
 * Relative error against iteration for several links, noiseless and noisy, with the fitted linear
 * rates and the estimated links ({@link Experiments#convergence}).
 *
 * <pre>{@code
 * ConvergenceReport r = Experiments.convergence(SyntheticSpec.defaults(Link.TANH), List.of(Link.TANH), new double[] {0, 0.1}, 40, 0);
 * double rate = r.run(Link.TANH, 0).rate();
 * }</pre>
 *
 * @param spec the design (its link and noise are replaced per run)
 * @param runs one per (link, noise)
 */
public record ConvergenceReport(SyntheticSpec spec, List<ConvergenceRun> runs) {

    /** The run for a link and noise level. */
    public ConvergenceRun run(Link link, double noise) {
        for (ConvergenceRun r : runs) {
            if (r.link() == link && r.noise() == noise) {
                return r;
            }
        }
        throw new IllegalArgumentException("no run for link " + link + " at noise " + noise);
    }
}
