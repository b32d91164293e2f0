package lab.subspace.magics.merge;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %merge}: curvature-aware model merging as a subspace Frechet mean ("Model Merging on Loss
 * Landscape: A Geometry Perspective"). Sub-commands: {@code run} (your own task vectors),
 * {@code compare} (synthetic suite, every method at matched ranks), {@code sweep} (heterogeneity x
 * rank, closed-form criterion vs measurement).
 */
@Command(name = "merge",
        description = "Curvature-aware model merging (EpiMer): subspace Frechet mean vs projected mean, Fisher, task arithmetic.",
        subcommands = {MergeRunCommand.class, MergeCompareCommand.class, MergeSweepCommand.class})
public final class MergeMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("%merge needs a sub-command: run (your task vectors), compare (synthetic suite) or sweep "
                + "(heterogeneity x rank). See %merge --help");
    }
}
