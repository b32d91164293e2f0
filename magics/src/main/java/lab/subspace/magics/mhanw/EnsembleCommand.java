package lab.subspace.magics.mhanw;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import lab.subspace.numerics.random.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %mha-nw ensemble}: the bias-variance-covariance decomposition on your data and heads. */
@Command(name = "ensemble", description = "Bias-variance-covariance decomposition of H NW heads on your data (X, y), with your heads' "
        + "subspaces (from W) or random orthogonal ones, against identical heads.")
public final class EnsembleCommand implements Magic {

    @Option(names = "--x", required = true, description = "Inputs X (n x d): a variable or a .npy/.csv file.")
    String x;

    @Option(names = "--y", required = true, description = "Targets y (n): a variable or a .npy/.csv file.")
    String y;

    @Option(names = "--weights", description = "Projection W (d x H d_k) whose head blocks are the subspaces; default: random "
            + "orthogonal heads of d_k = d / H.")
    String weights;

    @Option(names = "--heads", required = true, description = "Number of heads H.")
    int heads;

    @Option(names = "--transpose", description = "W is (H d_k) x d, like PyTorch's nn.Linear.weight.")
    boolean transpose;

    @Option(names = "--bandwidth", description = "Gaussian bandwidth of every head (default: leave-one-out per head).")
    Double bandwidth;

    @Option(names = "--replicates", defaultValue = "30", description = "Training sets (default ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public EnsembleReport run(MagicContext context) {
        DMatrixRMaj inputs = Inputs.matrix(context, "--x", x);
        double[] targets = Inputs.vector(context, "--y", y);
        if (heads < 1) {
            throw new UserError("--heads must be at least 1 but is " + heads);
        }
        List<DMatrixRMaj> bases;
        if (weights != null) {
            DMatrixRMaj w = Inputs.matrix(context, "--weights", weights);
            bases = HeadDiversity.headBases(transpose ? CommonOps_DDRM.transpose(w, null) : w, heads);
        } else {
            int d = inputs.numCols;
            if (heads > d) {
                throw new UserError("--heads " + heads + " random orthogonal heads need at least 1 dimension each but X has " + d + " columns");
            }
            DMatrixRMaj rotation = new Rng(seed).orthogonal(d);
            int dk = d / heads;
            bases = new ArrayList<>();
            for (int h = 0; h < heads; h++) {
                bases.add(CommonOps_DDRM.extract(rotation, 0, d, h * dk, (h + 1) * dk));
            }
        }
        double[] b = null;
        if (bandwidth != null) {
            b = new double[heads];
            java.util.Arrays.fill(b, bandwidth);
        }
        return EnsembleDiagnostic.run(inputs, targets, bases, b, replicates, seed);
    }
}
