package lab.subspace.magics.symopt;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %symopt bigram}: embedding + LM head trained with AdamW and the matched rules. */
@Command(name = "bigram", description = "Bigram LM (embedding + LM head) on a Zipfian vocabulary or your token ids: AdamW vs row-norm, "
        + "both hybrids and Muon, each over a learning-rate grid.")
public final class BigramCommand implements Magic {

    private static final BigramSpec DEFAULTS = BigramSpec.defaults();

    @Option(names = "--vocab", description = "Vocabulary V of the synthetic task (default ${DEFAULT-VALUE}).")
    int vocabulary = DEFAULTS.vocabulary();

    @Option(names = "--width", description = "Model width d (default ${DEFAULT-VALUE}).")
    int width = DEFAULTS.width();

    @Option(names = "--rank", description = "Rank of the synthetic next-token interaction (default ${DEFAULT-VALUE}).")
    int rank = DEFAULTS.rank();

    @Option(names = "--zipf", description = "Zipf exponent of the token frequencies (default ${DEFAULT-VALUE}).")
    double zipf = DEFAULTS.zipf();

    @Option(names = "--beta", description = "Strength of the synthetic interaction (default ${DEFAULT-VALUE}).")
    double beta = DEFAULTS.beta();

    @Option(names = "--tokens", description = "Your token ids (a vector variable or .npy/.csv file) instead of the synthetic task.")
    String tokens;

    @Option(names = "--batch", description = "Pairs per step (default ${DEFAULT-VALUE}).")
    int batch = DEFAULTS.batch();

    @Option(names = "--steps", description = "Optimizer steps, linear learning-rate decay to 0 (default ${DEFAULT-VALUE}).")
    int steps = DEFAULTS.steps();

    @Option(names = "--eval-every", description = "Evaluate every this many steps (default ${DEFAULT-VALUE}).")
    int evalEvery = DEFAULTS.evalEvery();

    @Option(names = "--init", description = "Standard deviation of the initial weights (default ${DEFAULT-VALUE}).")
    double initScale = DEFAULTS.initScale();

    @Option(names = "--weight-decay", description = "Decoupled weight decay of every method (default ${DEFAULT-VALUE}).")
    double weightDecay = DEFAULTS.weightDecay();

    @Option(names = "--adamw-lrs", split = ",", description = "AdamW's learning-rate grid (default 0.025,0.05,0.1).")
    double[] adamWGrid;

    @Option(names = "--lr-scale", description = "Multiplies the rules' default learning-rate grids (default ${DEFAULT-VALUE}).")
    double lrScale = 1.0;

    @Option(names = "--seeds", description = "Training seeds averaged (default ${DEFAULT-VALUE}).")
    int seeds = DEFAULTS.seeds();

    @Option(names = "--seed", description = "First random seed (default ${DEFAULT-VALUE}).")
    long seed = DEFAULTS.seed();

    @Override
    public TrainingComparison run(MagicContext context) {
        BigramSpec spec = new BigramSpec(vocabulary, width, rank, zipf, beta, batch, steps, evalEvery, initScale, weightDecay, seeds, seed);
        BigramTask task = tokens == null ? spec.syntheticTask() : BigramTask.fromTokens(ids(Inputs.vector(context, "--tokens", tokens)), 0);
        return BigramExperiment.run(task, spec, BigramExperiment.defaultMethods(weightDecay, lrScale, adamWGrid));
    }

    static int[] ids(double[] v) {
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i]) || v[i] < 0 || v[i] > Integer.MAX_VALUE) {
                throw new UserError("--tokens must hold non-negative integer ids but entry " + i + " is " + v[i]);
            }
            out[i] = (int) v[i];
        }
        return out;
    }
}
