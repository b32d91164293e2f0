package lab.subspace.magics.symopt;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--init", description = "Standard deviation of the initial weights (default ${DEFAULT-VALUE}).")
    double initScale = DEFAULTS.initScale();

    @Mixin
    TrainingOptions training = new TrainingOptions(DEFAULTS.steps(), DEFAULTS.evalEvery(), DEFAULTS.weightDecay(), DEFAULTS.seeds(),
            DEFAULTS.seed());

    @Option(names = "--adamw-lrs", split = ",", description = "AdamW's learning-rate grid (default 0.025,0.05,0.1).")
    double[] adamWGrid;

    @Option(names = "--lr-scale", description = "Multiplies the rules' default learning-rate grids (default ${DEFAULT-VALUE}).")
    double lrScale = 1.0;

    @Override
    public TrainingComparison run(MagicContext context) {
        TrainingOptions t = training;
        BigramSpec spec = new BigramSpec(vocabulary, width, rank, zipf, beta, batch, t.steps, t.evalEvery, initScale, t.weightDecay,
                t.seeds, t.seed);
        BigramTask task = tokens == null ? spec.syntheticTask() : BigramTask.fromTokens(ids(Inputs.vector(context, "--tokens", tokens)), 0);
        return BigramExperiment.run(task, spec, BigramExperiment.defaultMethods(t.weightDecay, lrScale, adamWGrid));
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
