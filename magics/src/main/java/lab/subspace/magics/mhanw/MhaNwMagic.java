package lab.subspace.magics.mhanw;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %mha-nw}: multi-head attention as an ensemble of Nadaraya-Watson estimators. One
 * sub-command per experiment; each returns its result record ({@code var r = %mha-nw rotate}).
 */
@Command(name = "mha-nw",
        description = "Multi-head attention as an ensemble of Nadaraya-Watson estimators: the identity, head diversity (HDI, "
                + "principal angles) of your W_Q/W_K, and the bias-variance-covariance decomposition.",
        subcommands = {IdentityCommand.class, RotateCommand.class, BudgetCommand.class, HeadsCommand.class, EnsembleCommand.class})
public final class MhaNwMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%mha-nw needs an experiment: identity, rotate, budget, heads or ensemble (%mha-nw --help, "
                + "%mha-nw rotate --help)");
    }
}
