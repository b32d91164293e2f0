package lab.subspace.magics.featlearn;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %feature-learning}: one large gradient step on a two-layer network and the function space
 * it induces ("How does feature learning reshape the function space?"). Experiments are
 * sub-commands:
 * <pre>
 * %feature-learning spectrum   --d 50 --width 500 --n 2000 --eta 6
 * %feature-learning covariance --eta 6
 * %feature-learning kernel     --points 300
 * %feature-learning ridge      --sizes 125,250,500,1000,2000,4000
 * %feature-learning spectrum   --x X.npy --y y.npy [--beta b.npy] [--w0 w0.npy --w1 w1.npy]
 * </pre>
 */
@Command(name = "feature-learning",
        description = "One large gradient step on a two-layer network: Gram spectrum, weight spike, spiked-Gaussian kernel, ridge.",
        subcommands = {SpectrumCommand.class, CovarianceCommand.class, KernelCommand.class, RidgeCommand.class})
public final class FeatureLearningMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose an experiment: spectrum, covariance, kernel or ridge (see %feature-learning --help)");
    }
}
