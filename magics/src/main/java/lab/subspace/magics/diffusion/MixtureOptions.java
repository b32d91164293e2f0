package lab.subspace.magics.diffusion;

import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Option;

/** Options shared by the %diffusion-rates experiments: the data and the sampler. */
final class MixtureOptions {

    @Option(names = "--subspaces", defaultValue = "3", description = "Number K of random subspaces in the mixture (default ${DEFAULT-VALUE}).")
    int subspaces;

    @Option(names = "--law", defaultValue = "UNIFORM",
            description = "Law of the in-subspace coordinates: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    SubgaussianLaw law;

    @Option(names = "--data", description = "Your own samples instead of the mixture: a variable or a .npy/.csv file (rows = samples).")
    String data;

    @Option(names = "--method", defaultValue = "DPM_SOLVER_2M",
            description = "Reverse sampler: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    SamplerMethod method;

    @Option(names = "--t0-scale", defaultValue = "1", description = "c in the early-stopping time t0 = c n^(-2/k) (default ${DEFAULT-VALUE}).")
    double t0Scale;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    /** The user's samples as a pool, or null when --data is not given. */
    SamplePool pool(MagicContext context) {
        return data == null ? null : SamplePool.of(Inputs.matrix(context, "--data", data));
    }

    /** A random mixture of {@code --subspaces} k-dimensional subspaces of R^D, seeded from --seed. */
    SubspaceMixture mixture(int dimension, int k) {
        return SubspaceMixture.random(dimension, k, subspaces, law, seed * 7919L + 31L * k + dimension);
    }

    /** A ScoreModel notebook variable. */
    static ScoreModel scoreVariable(MagicContext context, String name) {
        Object value = context.variable(name);
        if (!(value instanceof ScoreModel model)) {
            throw new UserError("--score " + name + " must be a ScoreModel (a (x, t) -> score lambda or class), not "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        return model;
    }
}
