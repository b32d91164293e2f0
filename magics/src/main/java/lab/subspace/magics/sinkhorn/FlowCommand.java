package lab.subspace.magics.sinkhorn;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %sinkhorn flow}: gradient flows blob -> crescent with the SROT divergence, the Sinkhorn divergence and SW_2^2. */
@Command(name = "flow",
        description = "Gradient flow of a point cloud to a target with the SROT divergence, the EOT (Sinkhorn) divergence and SW_2^2; W2 per step.")
public final class FlowCommand implements Magic {

    @Option(names = "--source", description = "Your start points (variable or .npy/.csv) instead of the generated blob.")
    String source;

    @Option(names = "--target", description = "Your target points instead of the generated crescent.")
    String target;

    @Option(names = "--n", defaultValue = "200", description = "Points of the generated blob and crescent (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--method", defaultValue = "srot,eot,sot", description = "Objectives among srot, eot, sot (default ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--steps", defaultValue = "30", description = "Gradient steps (default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--step-size", defaultValue = "0.2", description = "tau in x_i <- x_i - tau grad_i / a_i (default ${DEFAULT-VALUE}).")
    double stepSize;

    @Option(names = "--eps", defaultValue = "0.01", description = "eps as a fraction of the largest initial cost (default ${DEFAULT-VALUE}).")
    double eps;

    @Option(names = "--slices", defaultValue = "50", description = "Directions L, redrawn every step (default ${DEFAULT-VALUE}).")
    int slices;

    @Option(names = "--snapshots", split = ",", defaultValue = "0,3,10,30", description = "Steps whose points are drawn (default ${DEFAULT-VALUE}).")
    int[] snapshots;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the clouds and directions (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public FlowReport run(MagicContext context) {
        if ((source == null) != (target == null)) {
            throw new UserError("give both --source and --target, or neither (generated blob and crescent)");
        }
        DMatrixRMaj x = source == null ? OtClouds.blob(n, seed) : Inputs.matrix(context, "--source", source);
        DMatrixRMaj y = target == null ? OtClouds.crescent(n, seed + 1) : Inputs.matrix(context, "--target", target);
        FlowSettings settings = new FlowSettings(steps, stepSize, eps, slices, seed, snapshots, FlowSettings.defaults().sinkhorn());
        return GradientFlow.run(x, y, settings, OtMethod.parse(method));
    }
}
