package lab.subspace.magics.featlearn;

import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code %feature-learning ridge}: ridge test error on random vs post-step features as n grows. */
@Command(name = "ridge", description = "Ridge regression on random, post-step and spiked-law features: test error vs training size.")
public final class RidgeCommand implements Magic {

    @Option(names = "--sizes", split = ",", defaultValue = "125,250,500,1000,2000,4000",
            description = "Training sizes (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--n-test", defaultValue = "2000", description = "Test samples (default ${DEFAULT-VALUE}; with --x: the last rows).")
    int nTest;

    @Option(names = "--lambda", defaultValue = "1e-3", description = "Ridge penalty on the kernel-eigenvalue scale (default ${DEFAULT-VALUE}).")
    double lambda;

    @Mixin
    SetupOptions setup;

    @Override
    public RidgeResult run(MagicContext context) {
        if (!setup.ownData()) {
            return FeatureLearning.ridge(setup.config(), sizes, nTest, lambda, setup.seed);
        }
        if (setup.w0 != null) {
            throw new UserError("ridge takes the step itself: give --x and --y without --w0/--w1");
        }
        // rows: [0, nStep) take the step, the last nTest rows test, the rows between train
        Sample all = setup.sample(context);
        int step = setup.stepRows(all.size());
        if (nTest < 2 || step + nTest >= all.size()) {
            throw new UserError("--x has " + all.size() + " rows: not enough for " + step + " step rows, " + nTest
                    + " test rows and a training set");
        }
        Sample pool = all.rows(step, all.size() - nTest);
        Sample test = all.rows(all.size() - nTest, all.size());
        double[] beta = setup.beta == null ? null : lab.subspace.magics.common.Inputs.vector(context, "--beta", setup.beta);
        OneStepRun run = FeatureLearning.oneStep(all.rows(0, step), test, beta, setup.width, setup.activation, setup.eta,
                setup.seed);
        return RidgeSweep.run(run.before(), run.after(), pool, test, sizes, lambda, setup.seed);
    }
}
