package lab.subspace.magics.merge;

import picocli.CommandLine.Option;

/** The synthetic-suite options shared by {@code %merge compare} and {@code %merge sweep}. */
public final class SuiteOptions {

    @Option(names = "--kind", defaultValue = "REGRESSION", description = "Task model: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    TaskKind kind;

    @Option(names = "--tasks", defaultValue = "8", description = "Number of tasks T (default ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--dim", defaultValue = "50", description = "Number of parameters d (default ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--task-rank", defaultValue = "4", description = "Dimension of the shared subspace of the true task vectors (default ${DEFAULT-VALUE}).")
    int taskRank;

    @Option(names = "--residual", defaultValue = "0.3", description = "Task-vector norm outside that subspace, relative (default ${DEFAULT-VALUE}).")
    double residual;

    @Option(names = "--anchor", defaultValue = "" + SuiteSpec.DEFAULT_ANCHOR, description = "L2-SP fine-tuning strength, relative to the mean curvature (default ${DEFAULT-VALUE}).")
    double anchor;

    @Option(names = "--train", defaultValue = "500", description = "Training samples per task (default ${DEFAULT-VALUE}).")
    int train;

    @Option(names = "--test", defaultValue = "2000", description = "Held-out samples per task (default ${DEFAULT-VALUE}).")
    int test;

    @Option(names = "--replicates", defaultValue = "8", description = "Independent suites averaged (default ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    /** The spec at heterogeneity eta (label noise and task norm at their defaults). */
    SuiteSpec spec(double eta) {
        SuiteSpec d = SuiteSpec.regression();
        return new SuiteSpec(kind, tasks, dimension, taskRank, residual, d.taskNorm(), eta, anchor, train, test, d.noise(), seed);
    }
}
