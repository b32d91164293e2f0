package lab.subspace.magics.shift;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %shift}: unsupervised domain-shift detection with subspace attribution and
 * compensation (Springer &amp; Laio, arXiv:2605.15920). One sub-command per experiment.
 *
 * <pre>
 * %shift detect --reference cohortA.csv --test cohortB.csv
 * %shift detect --scenario localized --seed 1
 * %shift compensate --scenario broad
 * %shift null-rate --replicates 5
 * %shift threshold --sequences 200000
 * %shift timing --points 20000 --dims 20,50
 * </pre>
 */
@Command(name = "shift", description = "Domain-shift detection (kNN coin-flip scan) with subspace attribution and compensation.",
        subcommands = {ShiftDetectCommand.class, ShiftCompensateCommand.class, ShiftNullRateCommand.class,
            ShiftThresholdCommand.class, ShiftTimingCommand.class})
public final class ShiftMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose an experiment: detect, compensate, null-rate, threshold or timing (%shift --help)");
    }
}
