package lab.subspace.magics.diffusion;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %diffusion-rates sample}: one model, its generated points on the subspaces, W1 to fresh samples. */
@Command(name = "sample", description = "Generate n points from n training samples and show them on the subspaces.")
public final class SampleCommand implements Magic {

    @Option(names = "--k", defaultValue = "2", description = "Intrinsic dimension k (default ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--D", defaultValue = "10", description = "Ambient dimension D (default ${DEFAULT-VALUE}).")
    int dimension;

    @Option(names = "--n", defaultValue = "400", description = "Training = generated = fresh samples (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--steps", description = "Reverse steps (default: 1.3 per unit of ln t).")
    Integer steps;

    @Option(names = "--t0", description = "Early-stopping time (default: --t0-scale * n^(-2/k)).")
    Double t0;

    @Option(names = "--score", description = "A ScoreModel variable to sample with instead of the smoothed empirical score, "
            + "or 'exact' for the mixture's closed-form score (Gaussian --law).")
    String score;

    @Mixin
    MixtureOptions common;

    @Override
    public SampleResult run(MagicContext context) {
        SamplePool pool = common.pool(context);
        DataSource source = pool != null ? pool : common.mixture(dimension, k);
        ScoreModel model = null;
        if ("exact".equals(score)) {
            if (!(source instanceof SubspaceMixture mixture)) {
                throw new IllegalArgumentException("--score exact needs the built-in mixture, not --data");
            }
            model = mixture.exactScore();
        } else if (score != null) {
            model = MixtureOptions.scoreVariable(context, score);
        }
        SamplerOptions options = new RateOptions(common.method, RateOptions.DEFAULT_STEP_DENSITY, SamplerOptions.DEFAULT_T_MAX,
                common.t0Scale, 0.95, 1000).sampler(n, k);
        if (t0 != null) {
            options = options.withT0(t0);
        }
        if (steps != null) {
            options = options.withSteps(steps);
        }
        return SampleExperiment.run(source, model, n, options, common.seed);
    }
}
