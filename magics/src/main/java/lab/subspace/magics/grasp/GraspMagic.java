package lab.subspace.magics.grasp;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %grasp}: unsupervised identification of spurious factors from fine-tuning weight updates and
 * their removal by gradient projection (GRASP). One sub-command per experiment; each returns its
 * result record ({@code var r = %grasp run}).
 */
@Command(name = "grasp",
        description = "GRASP: identify a spurious latent factor from a LoRA fine-tune's weight update and block new reliance on it "
                + "by gradient projection (vs naive, ablation, steering, oracle).",
        subcommands = {RunCommand.class, SweepCommand.class, FactorsCommand.class})
public final class GraspMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%grasp needs an experiment: run, sweep or factors (%grasp --help, %grasp run --help)");
    }
}
