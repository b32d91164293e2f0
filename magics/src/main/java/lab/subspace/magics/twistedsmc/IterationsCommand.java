package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %twisted-smc iterations}: twist learning per iteration for several trust-region sizes. */
@Command(name = "iterations", description = "KL to the tilted target, path ESS and the spread of log Z over seeds per iteration of the twist "
        + "learning, for several trust-region sizes eta and the untempered update (inf).")
public final class IterationsCommand implements Magic {

    @Mixin
    ProblemOptions problem;

    @Mixin
    LearnArguments learn;

    @Option(names = "--etas", split = ",", defaultValue = "0.25,1,inf", description = "Trust-region sizes; inf = untempered (default ${DEFAULT-VALUE}).")
    String[] etas;

    @Option(names = "--seeds", defaultValue = "12", description = "Repetitions per eta (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public IterationSweepResult run(MagicContext context) {
        double[] e = new double[etas.length];
        for (int i = 0; i < e.length; i++) {
            e[i] = LearnArguments.eta(etas[i]);
        }
        return IterationSweep.run(problem.problem(context), e, learn.options(1), seeds, seed);
    }
}
