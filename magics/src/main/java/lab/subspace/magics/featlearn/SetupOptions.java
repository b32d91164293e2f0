package lab.subspace.magics.featlearn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import lab.subspace.numerics.nn.Activation;
import picocli.CommandLine.Option;

/** Options shared by the {@code %feature-learning} experiments: the synthetic setting or your own data / weights. */
public final class SetupOptions {

    @Option(names = "--d", defaultValue = "50", description = "Input dimension (default ${DEFAULT-VALUE}).")
    int d;

    @Option(names = "--width", defaultValue = "500", description = "Neurons N (default ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--n", defaultValue = "2000", description = "Samples of the gradient step, and probe samples (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--eta", defaultValue = "6", description = "Step size; the learning rate is eta * N (default ${DEFAULT-VALUE}).")
    double eta;

    @Option(names = "--activation", defaultValue = "RELU", description = "Student activation: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Activation activation;

    @Option(names = "--link", defaultValue = "RELU", description = "Teacher link sigma_*: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Activation link;

    @Option(names = "--noise", defaultValue = "0.1", description = "Label noise sd (default ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--x", description = "Your inputs (rows = samples): a variable or .npy/.csv. The first --n-step rows take the step, the rest are probes.")
    String x;

    @Option(names = "--y", description = "Your labels (one per row of --x).")
    String y;

    @Option(names = "--n-step", description = "Rows of --x used for the gradient step (default: half).")
    Integer nStep;

    @Option(names = "--beta", description = "Index direction for the probes (length d); default: the post-step spike direction.")
    String beta;

    @Option(names = "--w0", description = "Your first-layer weights before training (N x d); with --w1, no step is taken and all of --x probes.")
    String w0;

    @Option(names = "--w1", description = "Your first-layer weights after training (N x d).")
    String w1;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    OneStepConfig config() {
        return new OneStepConfig(d, width, n, n, eta, activation, link, noise);
    }

    boolean ownData() {
        return x != null;
    }

    /** The synthetic run, or one on the user's data / weights. */
    OneStepRun run(MagicContext context) {
        if ((w0 == null) != (w1 == null)) {
            throw new UserError("give both --w0 and --w1 (weights before and after), or neither");
        }
        if (!ownData()) {
            if (y != null || beta != null || w0 != null || nStep != null) {
                throw new UserError("--y, --beta, --n-step, --w0 and --w1 need your inputs --x");
            }
            return FeatureLearning.oneStep(config(), seed);
        }
        Sample all = sample(context);
        double[] b = beta == null ? null : Inputs.vector(context, "--beta", beta);
        if (w0 != null) {
            DMatrixRMaj before = Inputs.matrix(context, "--w0", w0);
            DMatrixRMaj after = Inputs.matrix(context, "--w1", w1);
            return FeatureLearning.fromWeights(before, after, activation, all, b);
        }
        int split = stepRows(all.size());
        return FeatureLearning.oneStep(all.rows(0, split), all.rows(split, all.size()), b, width, activation, eta, seed);
    }

    Sample sample(MagicContext context) {
        if (y == null) {
            throw new UserError("--x needs labels --y");
        }
        DMatrixRMaj xs = Inputs.matrix(context, "--x", x);
        double[] ys = Inputs.vector(context, "--y", y);
        return new Sample(xs, ys);
    }

    int stepRows(int rows) {
        int split = nStep == null ? rows / 2 : nStep;
        if (split < 1 || split > rows - 2) {
            throw new UserError("--n-step must leave at least 2 of the " + rows + " rows of --x for probing but is " + split);
        }
        return split;
    }
}
