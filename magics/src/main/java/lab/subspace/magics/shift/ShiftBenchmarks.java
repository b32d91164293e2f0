package lab.subspace.magics.shift;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.numerics.random.Rng;

/**
 * The controlled benchmarks with known ground truth (reconstructed from the abstract: standard
 * Gaussian reference and test sets in 20 dimensions, with a shift planted on known features).
 *
 * <pre>{@code
 * Benchmark b = ShiftBenchmarks.of(Scenario.LOCALIZED, 2000, 20, 7);
 * ShiftReport r = DensityShift.analyze(b.data(), ShiftOptions.defaults(), 6);
 * }</pre>
 */
public final class ShiftBenchmarks {

    /** Features carrying the broad shift. */
    public static final int[] BROAD_FEATURES = {0, 1};
    /** Mean shift of the broad benchmark, in standard deviations. */
    public static final double BROAD_SHIFT = 0.5;
    /** Features of the localised blob. */
    public static final int[] LOCALIZED_FEATURES = {5, 6, 7};
    /** Extra test points in the blob, as a fraction of n. */
    public static final double LOCALIZED_FRACTION = 0.03;
    /** Blob centre on each of its features (in standard deviations) and its width. */
    public static final double BLOB_CENTRE = 3.0;
    public static final double BLOB_WIDTH = 0.5;

    private ShiftBenchmarks() {
    }

    /** The scenario with the paper's settings: n points per set in {@code dims} >= 8 dimensions. */
    public static Benchmark of(Scenario scenario, int n, int dims, long seed) {
        return switch (scenario) {
            case NULL -> nullCase(n, dims, seed);
            case BROAD -> broad(n, dims, BROAD_FEATURES, BROAD_SHIFT, seed);
            case LOCALIZED -> localized(n, dims, LOCALIZED_FEATURES, LOCALIZED_FRACTION, BLOB_CENTRE, BLOB_WIDTH, seed);
        };
    }

    /** X and Y both n x dims standard Gaussian. */
    public static Benchmark nullCase(int n, int dims, long seed) {
        requireSizes(n, dims, new int[0]);
        Rng rng = new Rng(seed);
        return new Benchmark(Scenario.NULL, ShiftData.of(rng.gaussian(n, dims), rng.gaussian(n, dims)), new int[0],
                new int[0]);
    }

    /** Y's mean moves by {@code shift} on {@code features}. */
    public static Benchmark broad(int n, int dims, int[] features, double shift, long seed) {
        requireSizes(n, dims, features);
        Rng rng = new Rng(seed);
        DMatrixRMaj x = rng.gaussian(n, dims);
        DMatrixRMaj y = rng.gaussian(n, dims);
        for (int i = 0; i < n; i++) {
            for (int j : features) {
                y.data[i * dims + j] += shift;
            }
        }
        return new Benchmark(Scenario.BROAD, ShiftData.of(x, y), features.clone(), new int[0]);
    }

    /**
     * Y gets round(fraction n) extra points drawn from N(centre, width^2) on {@code features}
     * and standard Gaussian elsewhere; they are its last rows.
     */
    public static Benchmark localized(int n, int dims, int[] features, double fraction, double centre, double width,
            long seed) {
        requireSizes(n, dims, features);
        if (!(fraction > 0 && fraction < 1) || !(width > 0)) {
            throw new IllegalArgumentException("need 0 < fraction < 1 and width > 0 but fraction = " + fraction
                    + ", width = " + width);
        }
        Rng rng = new Rng(seed);
        int extra = (int) Math.round(fraction * n);
        DMatrixRMaj x = rng.gaussian(n, dims);
        DMatrixRMaj y = rng.gaussian(n + extra, dims);
        int[] planted = new int[extra];
        for (int e = 0; e < extra; e++) {
            int i = n + e;
            planted[e] = i;
            for (int j : features) {
                y.data[i * dims + j] = centre + width * y.data[i * dims + j];
            }
        }
        return new Benchmark(Scenario.LOCALIZED, ShiftData.of(x, y), features.clone(), planted);
    }

    private static void requireSizes(int n, int dims, int[] features) {
        if (n < 2 || dims < 1) {
            throw new IllegalArgumentException("need n >= 2 points and dims >= 1 but n = " + n + ", dims = " + dims);
        }
        for (int j : features) {
            if (j < 0 || j >= dims) {
                throw new IllegalArgumentException("planted feature " + j + " is outside [0, " + dims + ")");
            }
        }
    }
}
