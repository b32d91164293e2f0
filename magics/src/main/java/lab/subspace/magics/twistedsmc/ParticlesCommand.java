package lab.subspace.magics.twistedsmc;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %twisted-smc particles}: TRI-TSMC vs plain SMC vs best-of-N over the particle budget. */
@Command(name = "particles", description = "ESS, variance of log Z over seeds, mean reward and KL to the tilted target vs particles N, "
        + "for TRI-TSMC, plain SMC steering and best-of-N at equal N.")
public final class ParticlesCommand implements Magic {

    @Mixin
    ProblemOptions problem;

    @Mixin
    LearnArguments learn;

    @Option(names = {"-N", "--particles"}, split = ",", defaultValue = "16,32,64,128,256,512", description = "Particle budgets (default ${DEFAULT-VALUE}).")
    int[] particles;

    @Option(names = "--seeds", defaultValue = "16", description = "Repetitions per N (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--eta", defaultValue = "1", description = "Trust-region size of the twist learning, or inf (default ${DEFAULT-VALUE}).")
    String eta;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public ParticleSweepResult run(MagicContext context) {
        return ParticleSweep.run(problem.problem(context), particles, seeds, learn.options(LearnArguments.eta(eta)), seed);
    }
}
