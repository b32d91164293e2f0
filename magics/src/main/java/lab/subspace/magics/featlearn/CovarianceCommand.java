package lab.subspace.magics.featlearn;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code %feature-learning covariance}: the weight covariance's spike along beta. */
@Command(name = "covariance", description = "Spiked fit of the weight covariance W^T W / N before and after the step.")
public final class CovarianceCommand implements Magic {

    @Mixin
    SetupOptions setup;

    @Override
    public CovarianceResult run(MagicContext context) {
        return FeatureLearning.covariance(setup.run(context));
    }
}
