package lab.subspace.magics.factorlink;

import java.util.List;

import picocli.CommandLine.Option;

/** The synthetic design's options, shared by the {@code %factor-link} experiments (a picocli mixin). */
public final class DesignOptions {

    @Option(names = "--rows", defaultValue = "200", description = "Rows n (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--cols", defaultValue = "100", description = "Columns p (default ${DEFAULT-VALUE}).")
    int cols;

    @Option(names = "--rank", defaultValue = "3", description = "Number of factors r (default ${DEFAULT-VALUE}).")
    int rank;

    @Option(names = "--links", split = ",", defaultValue = "tanh,cubic,exp", description = "True links: linear, tanh, "
            + "cubic, exp (default ${DEFAULT-VALUE}).")
    List<Link> links;

    @Option(names = "--iterations", defaultValue = "30", description = "BCD iterations (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed of the sample (default ${DEFAULT-VALUE}).")
    long seed;

    SyntheticSpec spec(double missing, double noise) {
        return new SyntheticSpec(rows, cols, rank, links.get(0), missing, noise);
    }
}
