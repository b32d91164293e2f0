package lab.subspace.magics.game;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * The sampling-density sweep of the GAME experiments: the same synthetic truth and noise (one
 * seed) with the under-sampled group observed at each rate in turn, every method tuned and scored
 * as in {@link Comparison}. Masks are nested, so a higher rate only adds observations.
 *
 * <pre>{@code
 * SweepReport s = DensitySweep.run(SyntheticSpec.paper(), new double[] {0.02, 0.05, 0.1, 0.2, 0.4},
 *         ComparisonOptions.defaults(0.1), 0);
 * double[] gameRmse = s.sparseRmse(Method.GAME);
 * }</pre>
 */
public final class DensitySweep {

    private DensitySweep() {
    }

    /**
     * @param rates sampling rates of {@code spec.sparseGroup()}, each in (0, 1]
     * @param seed  seed of the synthetic sample
     */
    public static SweepReport run(SyntheticSpec spec, double[] rates, ComparisonOptions options, long seed) {
        if (rates == null || rates.length == 0) {
            throw new IllegalArgumentException("the sweep needs at least one sampling rate");
        }
        if (spec.sparseGroup() < 0) {
            throw new IllegalArgumentException("the sweep varies the under-sampled group's rate: set sparseGroup >= 0");
        }
        List<ComparisonReport> reports = new ArrayList<>(rates.length);
        try (Progress progress = Progress.start("GAME density sweep", rates.length, Duration.ofSeconds(1))) {
            for (double rate : rates) {
                Interrupts.check();
                SyntheticData d = GroupedLowRank.sample(spec.withSparseRate(rate), seed);
                reports.add(Comparison.syntheticQuietly(d, options));
                progress.step();
            }
        }
        return new SweepReport(spec, rates.clone(), List.copyOf(reports));
    }
}
