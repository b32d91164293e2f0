package lab.subspace.magics.featlearn;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %feature-learning spectrum}: Gram spectrum and eigenvector alignments before and after the step. */
@Command(name = "spectrum", description = "Feature Gram spectrum before/after the step and its top eigenvectors vs target modes.")
public final class SpectrumCommand implements Magic {

    @Option(names = "--k", defaultValue = "5", description = "Eigenvectors to align (default ${DEFAULT-VALUE}).")
    int k;

    @Mixin
    SetupOptions setup;

    @Override
    public SpectrumResult run(MagicContext context) {
        return FeatureLearning.spectra(setup.run(context), k);
    }
}
