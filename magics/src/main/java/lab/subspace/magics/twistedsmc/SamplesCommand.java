package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %twisted-smc samples}: each method's samples against the tilted target's density. */
@Command(name = "samples", description = "Samples of the base model, plain SMC, TRI-TSMC and best-of-N against the reward-tilted target (d <= 2).")
public final class SamplesCommand implements Magic {

    @Mixin
    ProblemOptions problem;

    @Mixin
    LearnArguments learn;

    @Option(names = {"-N", "--particles"}, defaultValue = "512", description = "Particles N (default ${DEFAULT-VALUE}).")
    int particles;

    @Option(names = "--eta", defaultValue = "1", description = "Trust-region size of the twist learning, or inf (default ${DEFAULT-VALUE}).")
    String eta;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public SampleComparisonResult run(MagicContext context) {
        return SampleComparison.run(problem.problem(context), particles, learn.options(LearnArguments.eta(eta)), seed);
    }
}
