package lab.subspace.magics.pos;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %pos anomaly}: ROC of the distance-to-union anomaly score against Gaussian baselines. */
@Command(name = "anomaly", description = "Anomaly score = distance to the union of subspaces learned from inliers, vs isotropic and "
        + "full-covariance Gaussians. Your data: --train inliers --test rows --outliers 0/1 flags; else synthetic outliers.")
public final class AnomalyCommand implements Magic {

    private static final AnomalySpec D = AnomalySpec.defaults();

    @Option(names = "--train", description = "Inliers to learn from, one per row: a variable or .npy/.csv file.")
    String train;

    @Option(names = "--test", description = "Rows to score.")
    String test;

    @Option(names = "--outliers", description = "1 for each anomalous test row, 0 for inliers.")
    String outliers;

    @Option(names = "--ambient", description = "Synthetic: ambient dimension D (default ${DEFAULT-VALUE}).")
    int ambient = D.ambient();

    @Option(names = "--dims", split = ",", description = "Synthetic: subspace dimensions (default 2,3,4,5).")
    int[] dims = D.dims();

    @Option(names = "--train-points", description = "Synthetic: training points per subspace (default ${DEFAULT-VALUE}).")
    int trainPoints = D.trainPoints();

    @Option(names = "--points", description = "Synthetic: held-out inliers per subspace (default ${DEFAULT-VALUE}).")
    int points = D.testPoints();

    @Option(names = "--noise", description = "Synthetic: inlier noise sd (default ${DEFAULT-VALUE}).")
    double noise = D.noise();

    @Option(names = "--count", description = "Synthetic: outliers of each kind (default ${DEFAULT-VALUE}).")
    int count = D.outliers();

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = D.seed();

    @Mixin
    EstimationFlags flags = new EstimationFlags();

    @Override
    public AnomalyReport run(MagicContext context) {
        if (train == null && test == null && outliers == null) {
            return AnomalyDetection.run(new AnomalySpec(ambient, dims, trainPoints, points, noise, count, seed));
        }
        if (train == null || test == null || outliers == null) {
            throw new UserError("your own data need all three of --train, --test and --outliers");
        }
        DMatrixRMaj x = Inputs.matrix(context, "--train", train);
        DMatrixRMaj t = Inputs.matrix(context, "--test", test);
        boolean[] o = LabelInputs.flags(context, "--outliers", outliers);
        return AnomalyDetection.evaluate(x, t, o, flags.options(seed));
    }
}
