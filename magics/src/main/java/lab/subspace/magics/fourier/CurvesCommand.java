package lab.subspace.magics.fourier;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %fourier-learning curves}: accuracy on phase-scrambled and amplitude-swapped test inputs during online SGD. */
@Command(name = "curves", description = "Learning curves separating amplitude-based and phase-based accuracy.")
public final class CurvesCommand implements Magic {

    @Option(names = "--dims", defaultValue = "1", description = "1 for signals, 2 for N x N textures (default ${DEFAULT-VALUE}).")
    int dims;
    @Option(names = "--side", defaultValue = "16", description = "Side N (default ${DEFAULT-VALUE}).")
    int side;
    @Option(names = "--alpha", defaultValue = "0.5", description = "Class-0 spectral exponent (default ${DEFAULT-VALUE}).")
    double alpha;
    @Option(names = "--contrast", defaultValue = "1", description = "Class 1 uses alpha + contrast (default ${DEFAULT-VALUE}).")
    double contrast;
    @Option(names = "--eta", defaultValue = "2", description = "Learning rate times inputs^2 (default ${DEFAULT-VALUE}).")
    double eta;
    @Option(names = "--steps", defaultValue = "60000", description = "Online SGD steps (default ${DEFAULT-VALUE}).")
    long steps;
    @Option(names = "--level", defaultValue = "0.6", description = "Accuracy level of the crossing times (default ${DEFAULT-VALUE}).")
    double level;
    @Option(names = "--width", defaultValue = "8", description = "Hidden units (default ${DEFAULT-VALUE}).")
    int width;
    @Option(names = "--test-per-class", defaultValue = "500", description = "Synthetic test samples per class (default ${DEFAULT-VALUE}).")
    int testPerClass;
    @Option(names = "--train", description = "Your training signals (rows): a variable or a .npy/.csv file; --side/--dims give their shape.")
    String train;
    @Option(names = "--train-labels", description = "0/1 labels of --train.")
    String trainLabels;
    @Option(names = "--test", description = "Your test signals (rows).")
    String test;
    @Option(names = "--test-labels", description = "0/1 labels of --test.")
    String testLabels;
    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public CurvesResult run(MagicContext context) {
        CurvesSpec spec = new CurvesSpec(dims, side, alpha, contrast, eta, steps, level, testPerClass,
                SgdSpec.defaults().withWidth(width), seed);
        if (train == null && test == null && trainLabels == null && testLabels == null) {
            return AmplitudeBeforePhase.run(spec);
        }
        if (train == null || test == null || trainLabels == null || testLabels == null) {
            throw new UserError("your own data needs all of --train, --train-labels, --test and --test-labels");
        }
        Grid grid = Grid.of(dims, side);
        DMatrixRMaj x = Inputs.matrix(context, "--train", train);
        DMatrixRMaj xt = Inputs.matrix(context, "--test", test);
        int[] y = Datasets.labels(Inputs.matrix(context, "--train-labels", trainLabels));
        int[] yt = Datasets.labels(Inputs.matrix(context, "--test-labels", testLabels));
        if (x.numCols != grid.size() || xt.numCols != grid.size()) {
            throw new UserError("--train has " + x.numCols + " and --test " + xt.numCols + " columns but a " + grid.describe()
                    + " grid has " + grid.size() + " samples: set --side (and --dims 2 for images)");
        }
        return AmplitudeBeforePhase.run(grid, x, y, xt, yt, spec);
    }
}
