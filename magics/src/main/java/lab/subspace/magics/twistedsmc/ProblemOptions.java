package lab.subspace.magics.twistedsmc;

import java.util.function.ToDoubleFunction;

import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import org.ejml.data.DMatrixRMaj;
import picocli.CommandLine.Option;

/** The alignment problem's options, shared by every {@code %twisted-smc} experiment. */
public final class ProblemOptions {

    @Option(names = "--data", defaultValue = "1d",
            description = "Built-in data: 1d (0.8 N(-2, 0.5^2) + 0.2 N(2, 0.5^2)) or 2d (four modes at (+-2, +-2)); default ${DEFAULT-VALUE}.")
    String data;

    @Option(names = "--means", description = "Your mixture means (K x d): a variable or a .npy/.csv file; replaces --data.")
    String means;

    @Option(names = "--sds", description = "Component standard deviations (length K) for --means: a variable or file (default 0.5 each).")
    String sds;

    @Option(names = "--weights", description = "Mixture weights (length K) for --means: a variable or file (default equal).")
    String weights;

    @Option(names = "--reward", description = "A notebook variable holding a Reward or ToDoubleFunction<double[]>; replaces the Gaussian reward.")
    String reward;

    @Option(names = "--reward-center", split = ",", description = "Centre of the Gaussian reward -|x - c|^2 / (2 w^2) (default 2.5, or 2.5,2.5 in 2-D).")
    double[] center;

    @Option(names = "--reward-width", defaultValue = "1", description = "Width w of the Gaussian reward (default ${DEFAULT-VALUE}).")
    double width;

    @Option(names = "--beta", defaultValue = "0.25", description = "Temperature beta of the tilt exp(r / beta) (default ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = {"-T", "--steps"}, defaultValue = "50", description = "Diffusion steps T (default ${DEFAULT-VALUE}).")
    int steps;

    AlignmentProblem problem(MagicContext context) {
        Mixture mixture = mixture(context);
        Reward r;
        if (reward != null) {
            Object v = context.variable(reward);
            if (v instanceof Reward given) {
                r = given;
            } else if (v instanceof ToDoubleFunction<?> f) {
                @SuppressWarnings("unchecked")
                ToDoubleFunction<double[]> g = (ToDoubleFunction<double[]>) f;
                r = Reward.of(g);
            } else {
                throw new UserError("--reward " + reward + " must be a Reward or ToDoubleFunction<double[]> but is "
                        + (v == null ? "null" : v.getClass().getSimpleName()));
            }
        } else {
            double[] c = center != null ? center : filled(mixture.dimension(), 2.5);
            r = Reward.gaussian(c, width);
        }
        return AlignmentProblem.of(mixture, r, beta, steps);
    }

    private Mixture mixture(MagicContext context) {
        if (means == null) {
            if (sds != null || weights != null) {
                throw new UserError("--sds and --weights go with --means");
            }
            return switch (data) {
                case "1d" -> Mixture.bimodal1d();
                case "2d" -> Mixture.fourModes2d();
                default -> throw new UserError("--data must be 1d or 2d but is " + data);
            };
        }
        DMatrixRMaj m = Inputs.matrix(context, "--means", means);
        int k = m.numRows;
        double[][] mu = new double[k][m.numCols];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < m.numCols; i++) {
                mu[j][i] = m.get(j, i);
            }
        }
        double[] s = sds == null ? filled(k, 0.5) : Inputs.vector(context, "--sds", sds);
        double[] w = weights == null ? filled(k, 1) : Inputs.vector(context, "--weights", weights);
        return Mixture.isotropic(w, mu, s);
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
