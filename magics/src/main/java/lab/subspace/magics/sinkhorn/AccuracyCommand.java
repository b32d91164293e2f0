package lab.subspace.magics.sinkhorn;

import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import lab.subspace.numerics.ot.OtProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %sinkhorn accuracy}: plan accuracy of EOT, SROT and SOT against exact OT as eps and L vary. */
@Command(name = "accuracy",
        description = "Plan accuracy vs exact OT as eps and L vary (EOT, SROT, SOT): relative cost error and L1 plan distance.")
public final class AccuracyCommand implements Magic {

    @Option(names = "--n", defaultValue = "200", description = "Points per cloud of the generated problems (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--problems", defaultValue = "3", description = "Random problems averaged (default ${DEFAULT-VALUE}).")
    int problems;

    @Option(names = "--eps", split = ",", defaultValue = "0.1,0.03,0.01,0.003,0.001",
            description = "eps values as fractions of max C (default ${DEFAULT-VALUE}).")
    double[] eps;

    @Option(names = "--slices", split = ",", defaultValue = "10,100", description = "Numbers of directions L (default ${DEFAULT-VALUE}).")
    int[] slices;

    @Option(names = "--source", description = "Your own source points (variable or .npy/.csv) instead of the generated Gaussians.")
    String source;

    @Option(names = "--target", description = "Your own target points (with --source).")
    String target;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the problems and directions (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public AccuracyReport run(MagicContext context) {
        if ((source == null) != (target == null)) {
            throw new UserError("give both --source and --target, or neither (generated Gaussians)");
        }
        if (source == null) {
            return AccuracySweep.synthetic(n, problems, eps, slices, seed);
        }
        OtProblem p = OtProblem.of(Inputs.matrix(context, "--source", source), Inputs.matrix(context, "--target", target));
        return AccuracySweep.run(List.of(p), eps, slices, seed, AccuracySweep.options());
    }
}
