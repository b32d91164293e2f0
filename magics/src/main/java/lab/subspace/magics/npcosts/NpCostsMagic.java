package lab.subspace.magics.npcosts;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %np-costs}: the three costs of amortising GP inference with neural processes. One
 * sub-command per experiment; each returns its result record ({@code var r = %np-costs gap}).
 */
@Command(name = "np-costs",
        description = "Three costs of amortising GP inference with neural processes: the information bottleneck (KL vs representation "
                + "size d), label contamination of the variance, the amortisation gap of mean vs second-order pooling, and exact GP "
                + "regression with its rank-d bottleneck on your data.",
        subcommands = {BottleneckCommand.class, ContaminationCommand.class, GapCommand.class, GpCommand.class})
public final class NpCostsMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%np-costs needs an experiment: bottleneck, contamination, gap or gp (%np-costs --help, %np-costs gp --help)");
    }
}
