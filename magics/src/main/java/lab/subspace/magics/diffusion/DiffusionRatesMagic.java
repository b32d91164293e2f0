package lab.subspace.magics.diffusion;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;

/**
 * {@code %diffusion-rates}: diffusion models learning a union of low-dimensional subspaces
 * ("Diffusion Models Are Statistically Optimal for Learning Low-Dimensional Multi-Modal
 * Distributions"). Experiments are sub-commands:
 * <pre>
 * %diffusion-rates rates  --k 1,2,3,4 --D 10,100 --n 50,100,200,400,800 --seeds 6
 * %diffusion-rates sample --k 2 --D 10 --n 400
 * %diffusion-rates steps  --k 1 --D 100 --n 400 --steps 5,10,20,40
 * </pre>
 */
@Command(name = "diffusion-rates",
        description = "Diffusion models on a union of low-dimensional subspaces: W1 rates, generated samples, sampler steps.",
        subcommands = {RatesCommand.class, SampleCommand.class, StepsCommand.class})
public final class DiffusionRatesMagic implements Magic {

    @Override
    public Object run(MagicContext context) {
        throw new UserError("choose an experiment: rates, sample or steps (see %diffusion-rates --help)");
    }
}
