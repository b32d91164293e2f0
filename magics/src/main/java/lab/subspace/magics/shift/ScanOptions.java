package lab.subspace.magics.shift;

import picocli.CommandLine.Option;

/** The detection options every {@code %shift} sub-command shares (a picocli mixin). */
public final class ScanOptions {

    @Option(names = "--k", defaultValue = "500", description = "Neighbours per point, the largest neighbourhood scanned (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--k-min", defaultValue = "20", description = "Smallest neighbourhood scanned (default ${DEFAULT-VALUE}).")
    int kMin;

    @Option(names = "--alpha", defaultValue = "1e-5", description = "Per-point false-flag rate of the null threshold (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--null", defaultValue = "exact", description = "Null threshold: exact (dynamic programming) or simulated (default ${DEFAULT-VALUE}).")
    NullModel nullModel;

    @Option(names = "--sequences", defaultValue = "1000000", description = "Simulated sequences for --null simulated (default ${DEFAULT-VALUE}).")
    int sequences;

    @Option(names = "--no-standardize", description = "Use the features as they are instead of z-scoring them on the pooled sample.")
    boolean noStandardize;

    @Option(names = "--min-gain", defaultValue = "0.02", description = "Attribution adds a feature only if the anomaly becomes this much (relative) more pronounced (default ${DEFAULT-VALUE}).")
    double minGain;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (simulation, benchmarks, controls; default ${DEFAULT-VALUE}).")
    long seed;

    ShiftOptions options() {
        return new ShiftOptions(kMin, k, alpha, nullModel, sequences, seed, !noStandardize, minGain);
    }
}
