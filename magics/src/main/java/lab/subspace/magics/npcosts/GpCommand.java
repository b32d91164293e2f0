package lab.subspace.magics.npcosts;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %np-costs gp}: exact GP regression on your data and KL to its rank-d Gram truncation. */
@Command(name = "gp", description = "Exact GP regression on your data (variables or .npy/.csv files) and KL(GP || rank-d truncation of the "
        + "Gram matrix) for each d.")
public final class GpCommand implements Magic {

    @Option(names = "--x", required = true, description = "Context inputs, n x dx: a variable or a .npy/.csv file.")
    String x;

    @Option(names = "--y", required = true, description = "Context labels, n: a variable or a .npy/.csv file.")
    String y;

    @Option(names = "--targets", required = true, description = "Target inputs, T x dx: a variable or a .npy/.csv file.")
    String targets;

    @Option(names = "--kernel", description = "se, matern12, matern32 or matern52 (default ${DEFAULT-VALUE}).")
    String kernel = "se";

    @Option(names = "--lengthscale", description = "Lengthscale (default ${DEFAULT-VALUE}).")
    double lengthscale = 0.2;

    @Option(names = "--variance", description = "Kernel variance k(x, x) (default ${DEFAULT-VALUE}).")
    double variance = 1;

    @Option(names = "--noise", description = "Noise standard deviation (default ${DEFAULT-VALUE}).")
    double noise = 0.1;

    @Option(names = "--ranks", split = ",", description = "Ranks d (default 1,2,4,8,16,32).")
    int[] ranks = {1, 2, 4, 8, 16, 32};

    @Override
    public DataGpResult run(MagicContext context) {
        DMatrixRMaj xc = Inputs.matrix(context, "--x", x);
        double[] labels = Inputs.vector(context, "--y", y);
        DMatrixRMaj xt = Inputs.matrix(context, "--targets", targets);
        Kernel k = new Kernel(KernelFamily.parse(kernel), lengthscale, variance, xc.numCols);
        return DataGp.analyze(k, xc, labels, xt, noise, ranks);
    }
}
