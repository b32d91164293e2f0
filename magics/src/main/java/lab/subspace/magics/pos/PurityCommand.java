package lab.subspace.magics.pos;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %pos purity}: pattern purity of your own ReLU activations. */
@Command(name = "purity", description = "Pattern purity of your own ReLU layer: --activations (rows = inputs, columns = units, "
        + "post-ReLU) and --labels (the subspace or class of each input). Half of each label's rows decide unit owners, "
        + "the rest are scored.")
public final class PurityCommand implements Magic {

    @Option(names = "--activations", required = true,
            description = "Post-ReLU activations, one input per row: a variable or .npy/.csv file.")
    String activations;

    @Option(names = "--labels", required = true, description = "Class (or subspace) index of each row.")
    String labels;

    @Option(names = "--seed", description = "Random seed of the k-means and the shuffles (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public PatternPurity run(MagicContext context) {
        DMatrixRMaj h = Inputs.matrix(context, "--activations", activations);
        int[] y = LabelInputs.classes(context, "--labels", labels);
        if (y.length != h.numRows) {
            throw new UserError("--labels " + labels + " has " + y.length + " entries but --activations " + activations + " has "
                    + h.numRows + " rows");
        }
        return PatternPurity.of(activations, h, y, seed);
    }
}
