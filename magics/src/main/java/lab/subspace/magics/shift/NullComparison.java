package lab.subspace.magics.shift;

import java.util.Arrays;

/**
 * The exact null distribution of the scan statistic next to a seeded simulation of it: the
 * survival function P(statistic > t) on a grid of t, and the (1 - alpha) quantile by both
 * routes. Shows how many sequences a simulated threshold needs at a given alpha.
 *
 * <pre>{@code
 * NullComparison c = NullComparison.of(BinomialScan.of(0.5, 20, 500), 1e-5, 200_000, 7);
 * c.exact().value();        // exact threshold
 * c.simulated().exceedance(); // true false-flag rate of the simulated threshold
 * }</pre>
 *
 * @param p                 success probability
 * @param kMin              smallest neighbourhood
 * @param kMax              largest neighbourhood
 * @param exact             exact threshold
 * @param simulated         simulated threshold (with its exact exceedance)
 * @param t                 grid of statistic values
 * @param exactSurvival     exact P(statistic > t)
 * @param simulatedSurvival fraction of simulated sequences above t
 * @param exactSeconds      time of the exact threshold
 * @param simulatedSeconds  time of the simulation
 */
public record NullComparison(double p, int kMin, int kMax, NullThreshold exact, NullThreshold simulated, double[] t,
        double[] exactSurvival, double[] simulatedSurvival, double exactSeconds, double simulatedSeconds) {

    public static NullComparison of(BinomialScan scan, double alpha, int sequences, long seed) {
        long t0 = System.nanoTime();
        NullThreshold exact = scan.threshold(alpha);
        long t1 = System.nanoTime();
        double[] sims = scan.simulate(sequences, seed);
        Arrays.sort(sims);
        NullThreshold simulated = scan.simulatedThreshold(sims, alpha);
        long t2 = System.nanoTime();
        int points = 60;
        double top = exact.value() * 1.25;
        double[] t = new double[points];
        double[] ex = new double[points];
        double[] sim = new double[points];
        for (int i = 0; i < points; i++) {
            t[i] = top * i / (points - 1);
            ex[i] = scan.exceedance(t[i]);
            // sims sorted ascending: the count above t is sequences minus the first index beyond t
            int above = sequences - upperBound(sims, t[i]);
            sim[i] = (double) above / sequences;
        }
        return new NullComparison(scan.p(), scan.kMin(), scan.kMax(), exact, simulated, t, ex, sim, (t1 - t0) / 1e9,
                (t2 - t1) / 1e9);
    }

    /** First index whose value is > x. */
    private static int upperBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
