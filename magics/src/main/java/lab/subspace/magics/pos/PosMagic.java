package lab.subspace.magics.pos;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %pos}: the Pursuit-of-Subspaces view of neural networks, made measurable ("Axiomatizing
 * Neural Networks via Pursuit of Subspaces", arXiv 2025). One sub-command per experiment; each
 * returns its result record ({@code var r = %pos anomaly}).
 */
@Command(name = "pos",
        description = "Pursuit of Subspaces: estimate the union of subspaces of your data or activations (estimate), ReLU "
                + "activation patterns per subspace (patterns; your own activations: purity), residual removal of the normal "
                + "component (contract), anomaly detection by distance to the learned union (anomaly).",
        subcommands = {EstimateCommand.class, PatternsCommand.class, PurityCommand.class, ContractCommand.class, AnomalyCommand.class})
public final class PosMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%pos needs an experiment: estimate, patterns, purity, contract or anomaly "
                + "(%pos --help, %pos estimate --help)");
    }
}
