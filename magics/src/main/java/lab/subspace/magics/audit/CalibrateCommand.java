package lab.subspace.magics.audit;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code %subspace-audit calibrate}: the constructive calibration (see {@link Calibration}). */
@Command(name = "calibrate",
        description = "Constructive calibration: 3-hidden-layer ReLU MLP aligned by steering, full fine-tune and "
                + "rank-regularised fine-tunes; rho_eps per variant, compliance under ablation, kappa_lb.",
        footer = {"", "Presets: paper (N_train 4000, N_probe 800, epochs 300/400/600, lr 1e-3; several minutes), "
                + "notebook (N_train 800, N_probe 600, 100/140/160, lr 4e-3), quick (N_train 400, N_probe 300, 60/80/100, lr 4e-3)."})
public final class CalibrateCommand implements Magic {

    /** Which settings to start from. */
    public enum Preset { PAPER, NOTEBOOK, QUICK }

    @Option(names = "--lambda", split = ",", paramLabel = "λ", description = "Regulariser weights, one distributed variant each (default 5,50).")
    double[] lambdas;

    @Option(names = "--preset", defaultValue = "paper", description = "paper, notebook or quick (default ${DEFAULT-VALUE}).")
    Preset preset;

    @Option(names = "--quick", description = "Same as --preset quick.")
    boolean quick;

    @Option(names = "--train", paramLabel = "N", description = "Override N_train.")
    Integer train;

    @Option(names = "--probe", paramLabel = "N", description = "Override N_probe.")
    Integer probe;

    @Option(names = "--epochs", split = ",", paramLabel = "E", description = "Override epochs: base,fine-tune,distributed.")
    int[] epochs;

    @Option(names = "--lr", description = "Override the Adam step.")
    Double lr;

    @Option(names = "--ablate", split = ",", paramLabel = "r", description = "Ablation sweep (default 0,1,2,5,10,20,40,60,80).")
    int[] ablate;

    @Option(names = "--eps", defaultValue = "0.05", description = "Energy threshold of rank_eps (default ${DEFAULT-VALUE}).")
    double eps;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of data, initialisation and projectors.")
    long seed;

    @Override
    public CalibrationResult run(MagicContext context) {
        CalibrationConfig c = switch (quick ? Preset.QUICK : preset) {
            case PAPER -> CalibrationConfig.paper();
            case NOTEBOOK -> CalibrationConfig.notebook();
            case QUICK -> CalibrationConfig.quick();
        };
        if (epochs != null && epochs.length != 3) {
            throw new UserError("--epochs takes three numbers: base,fine-tune,distributed");
        }
        c = c.withSchedule(train == null ? c.trainSamples() : train, probe == null ? c.probeSamples() : probe,
                epochs == null ? c.baseEpochs() : epochs[0], epochs == null ? c.fineTuneEpochs() : epochs[1],
                epochs == null ? c.distributedEpochs() : epochs[2], lr == null ? c.learningRate() : lr);
        if (lambdas != null) {
            c = c.withLambdas(lambdas);
        }
        if (ablate != null) {
            c = c.withAblationRanks(ablate);
        }
        return Calibration.run(c.withEps(eps).withSeed(seed));
    }
}
