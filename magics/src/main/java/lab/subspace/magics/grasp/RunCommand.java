package lab.subspace.magics.grasp;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %grasp run}: every method at one spurious-correlation strength. */
@Command(name = "run", description = "Pretrain, naive LoRA fine-tune, identify the factor from the update, then GRASP, ablation, "
        + "steering and the oracle: ID, OOD and second-task accuracy of each.")
public final class RunCommand implements Magic {

    @Mixin
    SpecOptions options;

    @Option(names = "--agreement", description = "Probability that s agrees with the label group in the fine-tuning data (default ${DEFAULT-VALUE}).")
    double agreement = GraspSpec.defaults().agreement();

    @Override
    public GraspReport run(MagicContext context) {
        return GraspExperiment.run(options.spec(agreement));
    }
}
