package lab.subspace.magics.symopt;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %symopt}: symmetry-compatible optimizer updates ("Symmetry-Compatible Principle for
 * Optimizer Design: Embeddings, LM Heads, SwiGLU MLPs, and MoE Routers"). One sub-command per
 * experiment; each returns its result record ({@code var t = %symopt equivariance}).
 */
@Command(name = "symopt",
        description = "Symmetry-compatible optimizer updates (polar/Muon, PolarGrad, row-norm, hybrids, column-aware, centred, left polar): "
                + "equivariance checks, Newton-Schulz vs SVD polar factors, and toy bigram-LM / MoE-router training against AdamW.",
        subcommands = {EquivarianceCommand.class, PolarCommand.class, BigramCommand.class, RouterCommand.class})
public final class SymOptMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%symopt needs an experiment: equivariance, polar, bigram or router (%symopt --help, %symopt bigram --help)");
    }
}
