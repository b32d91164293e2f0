package lab.subspace.magics.symopt;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %symopt router}: a toy top-k MoE trained with AdamW and with the matched router rules. */
@Command(name = "router", description = "Toy top-k mixture of experts on clustered data or your X, Y: AdamW vs Muon everywhere vs the "
        + "matched router rules (left polar, centred row-norm) with Muon experts, and AdamW on the router with Muon experts (ablation); "
        + "held-out loss and router load imbalance.")
public final class RouterCommand implements Magic {

    private static final RouterSpec DEFAULTS = RouterSpec.defaults();

    @Option(names = "--dim", description = "Input dimension d of the synthetic task (default ${DEFAULT-VALUE}).")
    int inputDim = DEFAULTS.inputDim();

    @Option(names = "--clusters", description = "Clusters K of the synthetic task (default ${DEFAULT-VALUE}).")
    int clusters = DEFAULTS.clusters();

    @Option(names = "--outputs", description = "Output dimension o of the synthetic task (default ${DEFAULT-VALUE}).")
    int outputDim = DEFAULTS.outputDim();

    @Option(names = "--separation", description = "Radius of the synthetic cluster centres (default ${DEFAULT-VALUE}).")
    double separation = DEFAULTS.separation();

    @Option(names = "--samples", description = "Synthetic training points (default ${DEFAULT-VALUE}).")
    int samples = DEFAULTS.samples();

    @Option(names = "--x", description = "Your inputs (variable or .npy/.csv file, rows = tokens); needs --y.")
    String x;

    @Option(names = "--y", description = "Your regression targets, one row per row of --x.")
    String y;

    @Option(names = "--experts", description = "Experts E (default ${DEFAULT-VALUE}).")
    int experts = DEFAULTS.moe().experts();

    @Option(names = "--top-k", description = "Experts per token (default ${DEFAULT-VALUE}).")
    int topK = DEFAULTS.moe().topK();

    @Option(names = "--batch", description = "Tokens per step (default ${DEFAULT-VALUE}).")
    int batch = DEFAULTS.moe().batch();

    @Option(names = "--z-loss", description = "Router z-loss coefficient (default ${DEFAULT-VALUE}).")
    double zLoss = DEFAULTS.moe().zLoss();

    @Option(names = "--balance", description = "Switch load-balancing loss coefficient (default ${DEFAULT-VALUE}).")
    double balance = DEFAULTS.moe().balanceLoss();

    @Mixin
    TrainingOptions training = new TrainingOptions(DEFAULTS.steps(), DEFAULTS.evalEvery(), DEFAULTS.weightDecay(), DEFAULTS.seeds(),
            DEFAULTS.seed());

    @Option(names = "--adamw-lrs", split = ",", description = "AdamW's learning-rate grid (default: the grid of the "
            + "other methods).")
    double[] adamWGrid;

    @Option(names = "--lr-scale", description = "Multiplies the grid 0.02 to 0.16 (steps of sqrt 2) that every method is tuned on "
            + "(AdamW's too unless --adamw-lrs is given; default ${DEFAULT-VALUE}).")
    double lrScale = 1.0;

    @Override
    public TrainingComparison run(MagicContext context) {
        TrainingOptions t = training;
        if ((x == null) != (y == null)) {
            throw new UserError("--x and --y go together: give both or neither");
        }
        RouterSpec spec = new RouterSpec(inputDim, clusters, outputDim, separation, samples, new MoeSpec(experts, topK, batch, zLoss, balance),
                t.steps, t.evalEvery, t.weightDecay, t.seeds, t.seed);
        RouterTask task = x == null ? spec.syntheticTask()
                : RouterTask.of(Inputs.matrix(context, "--x", x), Inputs.matrix(context, "--y", y));
        return RouterExperiment.run(task, spec, RouterExperiment.defaultMethods(t.weightDecay, lrScale, adamWGrid));
    }
}
