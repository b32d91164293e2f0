package lab.subspace.magics.symopt;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %symopt polar}: Newton-Schulz (and the Gram route) against the SVD polar factor. */
@Command(name = "polar", description = "Newton-Schulz polar factors against the SVD on matrices of given condition numbers and on yours.")
public final class PolarCommand implements Magic {

    @Option(names = "--rows", description = "Rows of the synthetic matrices (default ${DEFAULT-VALUE}).")
    int rows = 48;

    @Option(names = "--cols", description = "Columns of the synthetic matrices (default ${DEFAULT-VALUE}).")
    int cols = 16;

    @Option(names = "--conditions", split = ",", description = "Condition numbers s_1/s_min (default ${DEFAULT-VALUE}).")
    double[] conditions = {1e1, 1e3, 1e5, 1e8};

    @Option(names = "--matrix", description = "Your matrix (variable or .npy/.csv file), e.g. a gradient or momentum; repeatable.")
    List<String> matrices;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = 0;

    @Override
    public PolarReport run(MagicContext context) {
        List<DMatrixRMaj> yours = new ArrayList<>();
        if (matrices != null) {
            for (String m : matrices) {
                yours.add(Inputs.matrix(context, "--matrix", m));
            }
        }
        return PolarCheck.run(rows, cols, conditions, yours, seed);
    }
}
