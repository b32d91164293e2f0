package lab.subspace.magics.mcboost;

import picocli.CommandLine.Option;

/** The boosting and audit options shared by {@code %mcboost}'s sub-commands. */
final class BoostOptions {

    enum AuditKind { LEVELS, GROUPS, LINEAR, TREE }

    @Option(names = "--audit", defaultValue = "levels", description = "Audit class: levels (groups x level sets, "
            + "multicalibration), groups (multiaccuracy over groups), linear (features + groups), tree (default ${DEFAULT-VALUE}).")
    AuditKind audit;

    @Option(names = "--levels", defaultValue = "10", description = "Level sets of the levels audit (default ${DEFAULT-VALUE}).")
    int levels;

    @Option(names = "--depth", defaultValue = "2", description = "Depth of tree audits (default ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--min-leaf", defaultValue = "20", description = "Smallest tree leaf (default ${DEFAULT-VALUE}).")
    int minLeaf;

    @Option(names = "--eta", defaultValue = "0.5", description = "Learning rate in (0, 1] (default ${DEFAULT-VALUE}).")
    double eta;

    @Option(names = "--rounds", defaultValue = "200", description = "Most boosting rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--stop", defaultValue = "noise", description = "Stopping rule: noise, target, holdout, fixed "
            + "(default ${DEFAULT-VALUE}).")
    StopRule stop;

    @Option(names = "--alpha", defaultValue = "0.005", description = "Target violation of --stop target (default ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--delta", defaultValue = "0.05", description = "Family-wise level of --stop noise (default ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--patience", defaultValue = "20", description = "Rounds without holdout improvement before "
            + "--stop holdout ends (default ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--bins", defaultValue = "10", description = "Level sets of the reported MC error (default ${DEFAULT-VALUE}).")
    int bins;

    McOptions options() {
        return new McOptions(eta, rounds, stop, alpha, delta, patience, bins);
    }

    AuditClass auditClass() {
        return switch (audit) {
            case LEVELS -> AuditClass.levelSets(levels);
            case GROUPS -> AuditClass.groups();
            case LINEAR -> AuditClass.linear(true);
            case TREE -> AuditClass.tree(depth, minLeaf);
        };
    }
}
