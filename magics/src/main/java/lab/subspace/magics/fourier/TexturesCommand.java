package lab.subspace.magics.fourier;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %fourier-learning textures}: the scaling experiment on N x N textures with natural-image spectra. */
@Command(name = "textures", description = "Steps to learn on N x N textures: white vs natural-image (power-law) spectra.")
public final class TexturesCommand implements Magic {

    /** Textures: sides 4, 5, 6; white, natural (alpha 1) and steeper spectra; learning rate eta / pixels. */
    static ScalingSpec defaults() {
        return ScalingSpec.defaults().withDims(2).withSizes(4, 5, 6).withAlphas(0, 1, 2).withSeeds(3).withEta(1).withLrPower(1)
                .withMaxSteps(60_000);
    }

    @Option(names = "--sizes", split = ",", description = "Texture sides N (default 4,5,6).")
    int[] sizes;
    @Option(names = "--alphas", split = ",", description = "Spectral exponents of the 2-D amplitude |k|^-alpha (default 0,1,2).")
    double[] alphas;
    @Mixin
    ScalingOptions options;

    @Override
    public ScalingResult run(MagicContext context) {
        return StepsToLearn.run(options.apply(defaults(), sizes, alphas));
    }
}
