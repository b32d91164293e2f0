package lab.subspace.magics.game;

import java.util.List;

import picocli.CommandLine.Option;

/** How the {@code %game} comparisons tune and solve (a picocli mixin). */
public final class TuningOptions {

    @Option(names = "--scales", split = ",", paramLabel = "KAPPA", description = "Candidate penalty scales kappa, "
            + "decreasing (lambda = kappa x noise rule); default 1,0.5,0.25 with a known sigma, 1..2^-7 without.")
    double[] scales;

    @Option(names = "--shares", split = ",", defaultValue = "0,0.5,0.8", paramLabel = "T", description = "Candidate "
            + "global shares t of GAME's penalty (lambda_0 = kappa t x global rule), each in [0, 1) (default ${DEFAULT-VALUE}).")
    double[] shares;

    @Option(names = "--holdout", defaultValue = "0.1", description = "Fraction of observed entries held out to choose "
            + "kappa and t (default ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--methods", split = ",", defaultValue = "game,global,separate,mean", description = "Methods to run: "
            + "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    List<Method> methods;

    @Option(names = "--tolerance", defaultValue = "1e-3", description = "Relative tolerance of ADMM and soft-impute "
            + "(default ${DEFAULT-VALUE}).")
    double tolerance;

    @Option(names = "--max-iterations", defaultValue = "2000", description = "Iteration budget per fit (default ${DEFAULT-VALUE}).")
    int maxIterations;

    ComparisonOptions options(double sigma, long seed) {
        return new ComparisonOptions(sigma, scales, holdout, shares, methods, seed,
                GameOptions.defaults().withTolerance(tolerance).withMaxIterations(maxIterations),
                CompletionOptions.defaults().withTolerance(tolerance).withMaxIterations(maxIterations));
    }
}
