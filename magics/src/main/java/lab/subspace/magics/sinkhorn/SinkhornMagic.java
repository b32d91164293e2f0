package lab.subspace.magics.sinkhorn;

import java.util.Set;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import lab.subspace.numerics.ot.GroundCost;
import lab.subspace.numerics.ot.OtProblem;
import lab.subspace.numerics.ot.SinkhornOptions;
import lab.subspace.numerics.ot.Weights;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code %sinkhorn}: entropic (EOT), sliced-regularised (SROT), sliced (SOT) and exact optimal
 * transport between two point clouds ("Sliced-Regularized Optimal Transport", 2025), with the table
 * of costs and errors against exact OT and the plan, map and convergence figures. Sub-commands run
 * the paper's experiments: {@code accuracy}, {@code colour}, {@code flow}.
 *
 * <pre>
 * %sinkhorn --source x --target y --method all --eps 0.01 --slices 100
 * var r = %sinkhorn --source x.npy --target y.npy --method srot,exact --plot none
 * </pre>
 */
@Command(name = "sinkhorn",
        description = "Entropic (EOT), sliced-regularised (SROT), sliced (SOT) and exact OT between two point clouds, "
                + "measured against exact OT.",
        subcommands = {AccuracyCommand.class, ColourCommand.class, FlowCommand.class})
public final class SinkhornMagic implements Magic {

    @Option(names = "--source", description = "Source points x (n x d): a variable (double[][], EJML matrix, Tablesaw table) or a .npy/.csv file.")
    String source;

    @Option(names = "--target", description = "Target points y (m x d), same forms as --source.")
    String target;

    @Option(names = "--method", defaultValue = "all",
            description = "eot, srot, sot, exact or all; several comma-separated (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--eps", defaultValue = "0.05",
            description = "Entropic regularisation of EOT and SROT as a fraction of the largest cost (default ${DEFAULT-VALUE}).")
    double eps;

    @Option(names = "--slices", defaultValue = "100", description = "Random directions L for SROT and SOT (default ${DEFAULT-VALUE}).")
    int slices;

    @Option(names = "--tol", defaultValue = "1e-9",
            description = "Sinkhorn stops when the L2 marginal error is below this (default ${DEFAULT-VALUE}).")
    double tol;

    @Option(names = "--max-iter", defaultValue = "10000", description = "Cap on Sinkhorn sweeps (default ${DEFAULT-VALUE}).")
    int maxIter;

    @Option(names = "--eps-scaling", description = "Solve a decreasing sequence of eps first (faster for small eps).")
    boolean epsScaling;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the random directions (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--weights-a", description = "Source weights (length n, non-negative, same total as b): a vector variable or file. Default uniform.")
    String weightsA;

    @Option(names = "--weights-b", description = "Target weights (length m). Default uniform.")
    String weightsB;

    @Option(names = "--cost", defaultValue = "sqeuclidean",
            description = "Ground cost: sqeuclidean (|x - y|^2) or euclidean (default ${DEFAULT-VALUE}).")
    String cost;

    @Option(names = "--cost-matrix", description = "A custom n x m cost matrix (variable or file) instead of --cost; sliced methods still project the points.")
    String costMatrix;

    @Option(names = "--plot", defaultValue = "auto",
            description = "plan, map (2-D points), convergence, none, or auto (map or plan, and convergence); comma-separated (default ${DEFAULT-VALUE}).")
    String plot;

    @Override
    public SinkhornReport run(MagicContext context) {
        if (source == null || target == null) {
            throw new UserError("give --source and --target (variables or .npy/.csv files), or run an experiment: "
                    + "%sinkhorn accuracy | colour | flow (see %sinkhorn --help)");
        }
        DMatrixRMaj x = Inputs.matrix(context, "--source", source);
        DMatrixRMaj y = Inputs.matrix(context, "--target", target);
        OtProblem problem = OtProblem.of(x, y, groundCost());
        if (weightsA != null || weightsB != null) {
            double[] a = weightsA == null ? Weights.uniform(x.numRows) : Inputs.vector(context, "--weights-a", weightsA);
            double[] b = weightsB == null ? Weights.uniform(y.numRows) : Inputs.vector(context, "--weights-b", weightsB);
            problem = problem.withWeights(a, b);
        }
        if (costMatrix != null) {
            problem = problem.withCost(Inputs.matrix(context, "--cost-matrix", costMatrix));
        }
        Set<OtMethod> methods = OtMethod.parse(method);
        SinkhornOptions options = SinkhornOptions.defaults().withTol(tol).withMaxIter(maxIter).withEpsScaling(epsScaling);
        OtSettings settings = new OtSettings(eps, slices, seed, options);
        boolean entropic = methods.contains(OtMethod.EOT) || methods.contains(OtMethod.SROT);
        return OtComparison.run(problem, settings, methods, SinkhornPlot.parse(plot, x.numCols, entropic));
    }

    private GroundCost groundCost() {
        return switch (cost.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "sqeuclidean" -> GroundCost.SQEUCLIDEAN;
            case "euclidean" -> GroundCost.EUCLIDEAN;
            default -> throw new UserError("--cost " + cost + ": use sqeuclidean or euclidean, or pass --cost-matrix");
        };
    }
}
