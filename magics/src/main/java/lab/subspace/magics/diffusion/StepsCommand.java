package lab.subspace.magics.diffusion;

import java.util.Arrays;
import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %diffusion-rates steps}: W1 against the number of reverse steps, per sampler. */
@Command(name = "steps", description = "How many reverse steps each sampler needs: W1(generated, fresh) vs steps.")
public final class StepsCommand implements Magic {

    @Option(names = "--k", defaultValue = "1", description = "Intrinsic dimension k (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--D", defaultValue = "100", description = "Ambient dimension D (default ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--n", defaultValue = "400", description = "Training = generated = fresh samples (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--steps", split = ",", defaultValue = "5,10,20,40", description = "Step counts (default ${DEFAULT-VALUE}).")
    int[] steps;

    @Option(names = "--methods", split = ",", defaultValue = "DDPM,DDIM,DPM_SOLVER_2M", description = "Samplers (default ${DEFAULT-VALUE}).")
    SamplerMethod[] methods;

    @Option(names = "--repetitions", defaultValue = "2", description = "Independent draws to average (default ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--exact", description = "Also sample with the mixture's closed-form score (needs --law gaussian).")
    boolean exact;

    @Mixin
    MixtureOptions common;

    @Override
    public StepsResult run(MagicContext context) {
        SamplePool pool = common.pool(context);
        DataSource source;
        ScoreModel reference = null;
        if (pool != null) {
            if (exact) {
                throw new IllegalArgumentException("--exact needs the built-in mixture, not --data");
            }
            source = pool;
        } else {
            SubspaceMixture mixture = common.mixture(dimension, k);
            source = mixture;
            reference = exact ? mixture.exactScore() : null;
        }
        double t0 = ForwardProcess.earlyStop(n, k, common.t0Scale);
        return StepsExperiment.run(source, reference, n, steps, List.copyOf(Arrays.asList(methods)), t0, repetitions, common.seed);
    }
}
