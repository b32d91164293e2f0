package lab.subspace.magics.pos;

import java.util.Arrays;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import lab.subspace.numerics.random.Rng;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %pos estimate}: the union of subspaces of your data or activations (or of a synthetic union). */
@Command(name = "estimate", description = "Estimate the union of subspaces of --data (rows = points or activations): number of "
        + "subspaces, dimensions, principal angles. Without --data: a synthetic union, compared with the truth.")
public final class EstimateCommand implements Magic {

    @Option(names = "--data", description = "Points, one per row: a variable or a .npy/.csv file (e.g. activations exported from PyTorch).")
    String data;

    @Option(names = "--labels", description = "Known class of each row (optional): scores the assignment's purity.")
    String labels;

    @Option(names = "--ambient", description = "Synthetic: ambient dimension D (default ${DEFAULT-VALUE}).")
    int ambient = 32;

    @Option(names = "--dims", split = ",", description = "Synthetic: subspace dimensions (default 2,3,4,5).")
    int[] dims = {2, 3, 4, 5};

    @Option(names = "--points", description = "Synthetic: points per subspace (default ${DEFAULT-VALUE}).")
    int points = 200;

    @Option(names = "--noise", description = "Synthetic: noise sd (default ${DEFAULT-VALUE}).")
    double noise = 0.05;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    EstimationFlags flags = new EstimationFlags();

    @Override
    public EstimateReport run(MagicContext context) {
        if (data != null) {
            DMatrixRMaj x = Inputs.matrix(context, "--data", data);
            int[] y = labels == null ? null : LabelInputs.classes(context, "--labels", labels);
            if (y != null && y.length != x.numRows) {
                throw new UserError("--labels " + labels + " has " + y.length + " entries but --data " + data + " has " + x.numRows
                        + " rows");
            }
            return EstimateReport.of(data, SubspaceEstimation.fit(x, flags.options(seed)), null, y, seed);
        }
        if (labels != null) {
            throw new UserError("--labels goes with --data; the synthetic union knows its own labels");
        }
        Rng rng = new Rng(seed);
        UnionOfSubspaces union = UnionOfSubspaces.random(ambient, dims, rng.nextLong());
        UnionSample s = union.sample(points, noise, rng.split());
        String source = String.format(Locale.ROOT, "a synthetic union of %d subspaces of R^%d (dims %s, %d points each, noise %s)",
                dims.length, ambient, Arrays.toString(dims), points, noise);
        return EstimateReport.of(source, SubspaceEstimation.fit(s.points(), flags.options(rng.nextLong())), union, s.labels(), seed);
    }
}
