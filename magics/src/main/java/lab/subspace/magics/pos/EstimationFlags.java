package lab.subspace.magics.pos;

import picocli.CommandLine.Option;

/** The {@link EstimationOptions} as command-line options, shared by {@code %pos estimate} and {@code %pos anomaly}. */
final class EstimationFlags {

    private static final EstimationOptions D = EstimationOptions.defaults();

    @Option(names = "--subspaces", description = "Number of subspaces K (default: chosen from the spectral eigengap).")
    int subspaces = D.subspaces();

    @Option(names = "--max-subspaces", description = "Largest K considered when choosing (default ${DEFAULT-VALUE}).")
    int maxSubspaces = D.maxSubspaces();

    @Option(names = "--dim", description = "Dimension of every subspace (default: read off each cluster's singular values).")
    int dimension = D.dimension();

    @Option(names = "--dim-rule", description = "How dimensions are chosen: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    DimensionRule rule = D.dimensionRule();

    @Option(names = "--energy", description = "Energy left out by --dim-rule energy (default ${DEFAULT-VALUE}).")
    double energyEps = D.energyEps();

    @Option(names = "--affinity", description = "Graph weights: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Affinity affinity = D.affinity();

    @Option(names = "--neighbors", description = "Neighbours per point in the graph (default ${DEFAULT-VALUE}).")
    int neighbors = D.neighbors();

    @Option(names = "--center", description = "Subtract the mean first (activations that do not pass through the origin).")
    boolean center = D.center();

    @Option(names = "--max-points", description = "Points in the spectral graph; more are subsampled "
            + "(default ${DEFAULT-VALUE}).")
    int maxPoints = D.maxPoints();

    @Option(names = "--max-ambient", description = "Wider data are projected on this many principal directions first "
            + "(default ${DEFAULT-VALUE}).")
    int maxAmbient = D.maxAmbient();

    @Option(names = "--refine", description = "K-subspaces rounds after spectral clustering (default ${DEFAULT-VALUE}).")
    int refine = D.refineIterations();

    EstimationOptions options(long seed) {
        return new EstimationOptions(subspaces, maxSubspaces, dimension, rule, energyEps, affinity, neighbors, center, maxPoints,
                maxAmbient, refine, seed);
    }
}
