package lab.subspace.magics.game;

import picocli.CommandLine.Option;

/** The synthetic design's options, shared by the {@code %game} experiments (a picocli mixin). */
public final class SyntheticOptions {

    @Option(names = "--rows", defaultValue = "200", description = "Rows n of the synthetic matrix (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--cols", defaultValue = "100", description = "Columns p (default ${DEFAULT-VALUE}).")
    int cols;

    @Option(names = "--groups", defaultValue = "4", description = "Number of row groups (default ${DEFAULT-VALUE}).")
    int groups;

    @Option(names = "--overlap", defaultValue = "10", description = "Rows shared by consecutive groups (default ${DEFAULT-VALUE}).")
    int overlap;

    @Option(names = "--rank", defaultValue = "3", description = "Rank of every group's block (default ${DEFAULT-VALUE}).")
    int rank;

    @Option(names = "--sparse-group", defaultValue = "0", description = "Index of the under-sampled group, -1 for none (default ${DEFAULT-VALUE}).")
    int sparseGroup;

    @Option(names = "--sparse-rate", defaultValue = "0.05", description = "Sampling rate of the under-sampled group (default ${DEFAULT-VALUE}).")
    double sparseRate;

    @Option(names = "--rate", defaultValue = "0.4", description = "Sampling rate of the other rows (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--sigma", defaultValue = "0.1", description = "Noise standard deviation; entries have variance ~1 (default ${DEFAULT-VALUE}).")
    double sigma;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed of the sample and the held-out split (default ${DEFAULT-VALUE}).")
    long seed;

    SyntheticSpec spec(boolean shared) {
        return new SyntheticSpec(rows, cols, groups, overlap, rank, shared, sparseGroup, sparseRate, rate, sigma);
    }
}
