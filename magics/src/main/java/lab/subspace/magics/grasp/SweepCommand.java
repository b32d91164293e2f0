package lab.subspace.magics.grasp;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %grasp sweep}: identification and accuracies across spurious-correlation strengths. */
@Command(name = "sweep", description = "Spurious-strength sweep: |cos(identified, planted)|, top energy share, OOD and second-task "
        + "accuracy of every method per agreement level.")
public final class SweepCommand implements Magic {

    @Mixin
    SpecOptions options;

    @Option(names = "--agreements", split = ",", defaultValue = "0.5,0.6,0.7,0.8,0.9,0.95",
            description = "Agreement levels, increasing (default ${DEFAULT-VALUE}).")
    double[] agreements;

    @Override
    public SweepReport run(MagicContext context) {
        return StrengthSweep.run(options.spec(agreements[agreements.length - 1]), agreements);
    }
}
