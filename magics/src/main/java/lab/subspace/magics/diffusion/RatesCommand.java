package lab.subspace.magics.diffusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %diffusion-rates rates}: W1(generated, fresh) against n, log-log slopes with intervals. */
@Command(name = "rates", description = "W1 between generated and fresh samples vs n, with fitted log-log slopes per (k, D).")
public final class RatesCommand implements Magic {

    @Option(names = "--k", split = ",", defaultValue = "1,2,3,4", description = "Intrinsic dimensions k (default ${DEFAULT-VALUE}); with --data, one value.")
    int[] ks;

    @Option(names = "--D", split = ",", defaultValue = "10,100", description = "Ambient dimensions D (default ${DEFAULT-VALUE}); ignored with --data.")
    int[] dimensions;

    @Option(names = "--n", split = ",", defaultValue = "50,100,200,400,800", description = "Training-set sizes n (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--seeds", defaultValue = "6",
            description = "Repetitions at the largest n; smaller n get ceil(seeds sqrt(n_max / n)) (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--step-density", defaultValue = "1.3", description = "Reverse steps per unit of ln t (default ${DEFAULT-VALUE}).")
    double stepDensity;

    @Option(names = "--level", defaultValue = "0.95", description = "Confidence level of the slope intervals (default ${DEFAULT-VALUE}).")
    double level;

    @Mixin
    MixtureOptions common;

    @Override
    public RateResult run(MagicContext context) {
        List<RateCurve> curves = new ArrayList<>();
        SamplePool pool = common.pool(context);
        if (pool != null) {
            if (ks.length != 1) {
                throw new UserError("with --data give the intrinsic dimension of your data as one --k value, not "
                        + Arrays.toString(ks));
            }
            int largest = Arrays.stream(sizes).max().orElse(0);
            if (pool.size() < 2 * largest) {
                throw new UserError("--data " + common.data + " has " + pool.size() + " samples but the largest n = " + largest
                        + " needs " + 2 * largest + " (n training + n fresh, disjoint); lower --n");
            }
            curves.add(new RateCurve(common.data + " (k=" + ks[0] + ")", pool, ks[0]));
        } else {
            for (int k : ks) {
                for (int d : dimensions) {
                    curves.add(new RateCurve("k=" + k + ", D=" + d, common.mixture(d, k), k));
                }
            }
        }
        RateOptions options = new RateOptions(common.method, stepDensity, SamplerOptions.DEFAULT_T_MAX, common.t0Scale, level,
                RateOptions.defaults().resamples());
        return RateExperiment.run(curves, sizes, seeds, options, common.seed);
    }
}
