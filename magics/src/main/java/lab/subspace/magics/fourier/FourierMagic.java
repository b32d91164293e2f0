package lab.subspace.magics.fourier;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %fourier-learning}: amplitude before phase, and how power-law spectra speed up learning
 * phases ("A Fourier perspective on the learning dynamics of neural networks", Ricci, Merger, Goldt,
 * arXiv:2605.16913). One sub-command per experiment.
 *
 * <pre>
 * %fourier-learning curves --side 16 --alpha 0.5 --contrast 1
 * %fourier-learning scaling --sizes 8,10,12,14,16 --alphas 0,0.5,1,1.5 --seeds 5
 * %fourier-learning textures --sizes 4,5,6 --alphas 0,1,2
 * %fourier-learning curves --train X.npy --train-labels y.npy --test Xt.npy --test-labels yt.npy --side 32
 * </pre>
 */
@Command(name = "fourier-learning", description = "Amplitude vs phase learning and steps-to-learn scaling with power-law spectra.",
        subcommands = {CurvesCommand.class, ScalingCommand.class, TexturesCommand.class})
public final class FourierMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose an experiment: curves, scaling or textures (%fourier-learning --help)");
    }
}
