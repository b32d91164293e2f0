package lab.subspace.magics.shift;

/**
 * Settings of domain-shift detection. Defaults follow the paper's protocol: neighbourhoods of
 * 20 to 500 points, a per-point false-flag rate of 1e-5, features standardised on the pooled
 * sample.
 *
 * <pre>{@code
 * ShiftOptions o = ShiftOptions.defaults().withK(200).withAlpha(1e-4);
 * }</pre>
 *
 * @param kMin        smallest neighbourhood size scanned
 * @param kMax        neighbours per point (largest neighbourhood scanned)
 * @param alpha       per-point false-flag rate of the null threshold
 * @param nullModel   exact threshold or simulated
 * @param sequences   simulated null sequences (used only when {@code nullModel} is SIMULATED)
 * @param seed        seed of every random step (null simulation, benchmark controls)
 * @param standardize z-score every feature with the mean and standard deviation of the pooled
 *                    sample before measuring distances (features in different units)
 * @param minGain     attribution adds a feature only if it makes the anomaly at least this much
 *                    (relative) more pronounced: an isolated anomaly stays fully separated when a
 *                    noise feature is added, so without a margin ties would grow the subspace
 */
public record ShiftOptions(int kMin, int kMax, double alpha, NullModel nullModel, int sequences, long seed,
        boolean standardize, double minGain) {

    public ShiftOptions {
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("need 1 <= kMin <= kMax but kMin = " + kMin + ", kMax = " + kMax);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1) but is " + alpha);
        }
        if (nullModel == null) {
            throw new IllegalArgumentException("nullModel is null");
        }
        if (sequences < 1) {
            throw new IllegalArgumentException("sequences must be >= 1 but is " + sequences);
        }
        if (!(minGain >= 0 && minGain < 1)) {
            throw new IllegalArgumentException("minGain must be in [0, 1) but is " + minGain);
        }
    }

    public static ShiftOptions defaults() {
        return new ShiftOptions(20, 500, 1e-5, NullModel.EXACT, 1_000_000, 0, true, 0.02);
    }

    /** Neighbours per point; kMin is lowered to kMax if it was larger. */
    public ShiftOptions withK(int kMax) {
        return new ShiftOptions(Math.min(kMin, kMax), kMax, alpha, nullModel, sequences, seed, standardize, minGain);
    }

    public ShiftOptions withKMin(int kMin) {
        return new ShiftOptions(kMin, kMax, alpha, nullModel, sequences, seed, standardize, minGain);
    }

    public ShiftOptions withAlpha(double alpha) {
        return new ShiftOptions(kMin, kMax, alpha, nullModel, sequences, seed, standardize, minGain);
    }

    /** Threshold from {@code sequences} simulated null sequences instead of the exact quantile. */
    public ShiftOptions withSimulatedNull(int sequences) {
        return new ShiftOptions(kMin, kMax, alpha, NullModel.SIMULATED, sequences, seed, standardize, minGain);
    }

    public ShiftOptions withExactNull() {
        return new ShiftOptions(kMin, kMax, alpha, NullModel.EXACT, sequences, seed, standardize, minGain);
    }

    public ShiftOptions withSeed(long seed) {
        return new ShiftOptions(kMin, kMax, alpha, nullModel, sequences, seed, standardize, minGain);
    }

    public ShiftOptions withMinGain(double minGain) {
        return new ShiftOptions(kMin, kMax, alpha, nullModel, sequences, seed, standardize, minGain);
    }

    public ShiftOptions withStandardize(boolean standardize) {
        return new ShiftOptions(kMin, kMax, alpha, nullModel, sequences, seed, standardize, minGain);
    }

    /** The threshold for a scan under these options. */
    NullThreshold threshold(BinomialScan scan) {
        return nullModel == NullModel.EXACT ? scan.threshold(alpha) : scan.simulatedThreshold(alpha, sequences, seed);
    }
}
