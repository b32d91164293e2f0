package lab.subspace.magics.featlearn;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %feature-learning kernel}: empirical post-step kernel vs the spiked-Gaussian-weight kernel. */
@Command(name = "kernel", description = "Empirical feature kernel vs spiked-Gaussian and isotropic kernels (relative Frobenius errors).")
public final class KernelCommand implements Magic {

    @Option(names = "--points", defaultValue = "300", description = "Probe points in the kernel matrices (default ${DEFAULT-VALUE}).")
    int points;

    @Mixin
    SetupOptions setup;

    @Override
    public KernelResult run(MagicContext context) {
        return FeatureLearning.kernels(setup.run(context), points, setup.seed);
    }
}
