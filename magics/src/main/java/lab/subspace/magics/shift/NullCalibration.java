package lab.subspace.magics.shift;

import java.time.Duration;

import lab.subspace.display.Progress;
import lab.subspace.kernel.spi.Interrupts;

/**
 * The false-positive rate under the null: replicate pairs of same-distribution sets, every
 * point tested once (test points for over-density, reference points for under-density), and
 * the fraction flagged at each per-point rate alpha.
 *
 * <pre>{@code
 * NullCalibration c = NullCalibration.run(2000, 20, 5, new double[] {1e-1, 1e-3, 1e-5}, ShiftOptions.defaults());
 * c.rates()[2];   // fraction flagged at alpha = 1e-5
 * }</pre>
 *
 * @param n          points per set
 * @param dims       dimensions
 * @param replicates independent null pairs (seeds seed, seed + 1, ...)
 * @param alphas     per-point rates
 * @param thresholds the threshold at each rate
 * @param flagged    points flagged at each rate, summed over replicates
 * @param tests      points tested (2 n per replicate)
 * @param rates      flagged / tests
 * @param perReplicate points flagged in each replicate at each rate, [replicate][rate]
 */
public record NullCalibration(int n, int dims, int replicates, double[] alphas, double[] thresholds, long[] flagged,
        long tests, double[] rates, long[][] perReplicate) {

    public static NullCalibration run(int n, int dims, int replicates, double[] alphas, ShiftOptions options) {
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1 but is " + replicates);
        }
        if (alphas.length == 0) {
            throw new IllegalArgumentException("give at least one rate alpha");
        }
        BinomialScan scan = BinomialScan.of(0.5, options.kMin(), options.kMax()); // equal set sizes: p = 1/2
        double[] thresholds = new double[alphas.length];
        for (int a = 0; a < alphas.length; a++) {
            thresholds[a] = options.withAlpha(alphas[a]).threshold(scan).value();
        }
        long[] flagged = new long[alphas.length];
        long[][] per = new long[replicates][alphas.length];
        try (Progress progress = Progress.start("null replicates", replicates, Duration.ofSeconds(1))) {
            for (int r = 0; r < replicates; r++) {
                Interrupts.check();
                Benchmark b = ShiftBenchmarks.nullCase(n, dims, options.seed() + r);
                ShiftDetection d = DensityShift.detect(b.data(), options);
                for (double[] stats : new double[][] {d.overScores(), d.underScores()}) {
                    for (double v : stats) {
                        for (int a = 0; a < alphas.length; a++) {
                            per[r][a] += v > thresholds[a] ? 1 : 0;
                        }
                    }
                }
                for (int a = 0; a < alphas.length; a++) {
                    flagged[a] += per[r][a];
                }
                progress.step();
            }
        }
        long tests = 2L * n * replicates;
        double[] rates = new double[alphas.length];
        for (int a = 0; a < alphas.length; a++) {
            rates[a] = (double) flagged[a] / tests;
        }
        return new NullCalibration(n, dims, replicates, alphas.clone(), thresholds, flagged, tests, rates, per);
    }
}
