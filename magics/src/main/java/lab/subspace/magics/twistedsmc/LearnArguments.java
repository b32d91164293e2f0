package lab.subspace.magics.twistedsmc;

import picocli.CommandLine.Option;

/** Twist-learning options shared by the experiments. */
public final class LearnArguments {

    @Option(names = "--iterations", defaultValue = "8", description = "Trust-region iterations K (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--train", defaultValue = "1024", description = "Paths drawn from the proposal per iteration (default ${DEFAULT-VALUE}).")
    int train;

    @Option(names = "--ridge", defaultValue = "1e-3", description = "Covariance ridge of the projection, in kernel variances (default ${DEFAULT-VALUE}).")
    double ridge;

    LearnOptions options(double eta) {
        return new LearnOptions(iterations, train, eta, ridge);
    }

    /** "inf" / "infinity" / "untempered" for the untempered update, else a number. */
    static double eta(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("inf") || v.equals("infinity") || v.equals("untempered")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new lab.subspace.kernel.spi.UserError("eta must be a number or inf but is " + value);
        }
    }
}
