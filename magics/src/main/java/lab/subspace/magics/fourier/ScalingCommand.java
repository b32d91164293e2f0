package lab.subspace.magics.fourier;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %fourier-learning scaling}: steps to learn the phase-only task vs N for several alpha (1-D signals). */
@Command(name = "scaling", description = "Online SGD steps to accuracy > threshold vs N, for several spectral exponents (signals).")
public final class ScalingCommand implements Magic {

    @Option(names = "--sizes", split = ",", description = "Signal lengths N (default 8,10,12,14,16).")
    int[] sizes;
    @Option(names = "--alphas", split = ",", description = "Spectral exponents (default 0,0.5,1,1.5).")
    double[] alphas;
    @Mixin
    ScalingOptions options;

    @Override
    public ScalingResult run(MagicContext context) {
        return StepsToLearn.run(options.apply(ScalingSpec.defaults(), sizes, alphas));
    }
}
