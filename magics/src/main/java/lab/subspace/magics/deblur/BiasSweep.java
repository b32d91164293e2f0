package lab.subspace.magics.deblur;

import java.time.Duration;

import lab.subspace.display.Progress;
import lab.subspace.numerics.random.Rng;

/**
 * How the sensor bias b affects each self-supervised method: for every b, the same scenes and
 * the same noise (only b changes), plain Noise2Noise, Physen-N2N and Physen-N2N with multi-frame
 * initialisation are trained and scored.
 *
 * <pre>{@code
 * BiasSweepReport r = BiasSweep.run(DeblurSetup.defaults(), new double[] {0, 0.1, 0.2, 0.3}, 3);
 * r.slope(Method.PLAIN_N2N);   // mean error per unit of bias
 * }</pre>
 */
public final class BiasSweep {

    /** The methods compared. */
    public static final Method[] METHODS = {Method.PLAIN_N2N, Method.PHYSEN, Method.PHYSEN_MULTIFRAME};

    private BiasSweep() {
    }

    /**
     * @param base    everything but the bias; repeat r uses seed {@code base.seed() + r}
     * @param biases  the biases to try (at least 2 distinct values)
     * @param repeats scenes per bias (1..50)
     */
    public static BiasSweepReport run(DeblurSetup base, double[] biases, int repeats) {
        if (biases == null || biases.length < 2 || java.util.Arrays.stream(biases).distinct().count() < 2) {
            throw new IllegalArgumentException("A bias sweep needs at least 2 distinct biases");
        }
        if (repeats < 1 || repeats > 50) {
            throw new IllegalArgumentException("repeats must be in 1..50 but is " + repeats);
        }
        int m = METHODS.length;
        double[][][] meanError = new double[m][biases.length][repeats];
        double[][][] rmse = new double[m][biases.length][repeats];
        double[][][] psnr = new double[m][biases.length][repeats];
        double[][][] estimate = new double[m][biases.length][repeats];
        try (Progress progress = Progress.start("bias sweep", (long) biases.length * repeats, Duration.ofSeconds(1))) {
            for (int i = 0; i < biases.length; i++) {
                for (int r = 0; r < repeats; r++) {
                    DeblurSetup setup = base.withBias(biases[i]).withSeed(base.seed() + r);
                    Rng rng = new Rng(setup.seed());
                    double[][] scene = Scenes.generate(setup.size(), setup.size(), rng.nextLong());
                    Simulation sim = Defocus.simulate(scene, setup.psf(), setup.sensor(), setup.exposures(), rng.nextLong());
                    for (int k = 0; k < m; k++) {
                        Training t = SelfSupervised.train(sim.frames(), setup.psf(), METHODS[k], setup.training());
                        Quality q = ImageQuality.of(scene, t.filter().restore(sim.frames()));
                        meanError[k][i][r] = q.meanError();
                        rmse[k][i][r] = q.rmse();
                        psnr[k][i][r] = q.psnr();
                        estimate[k][i][r] = t.biasEstimate();
                    }
                    progress.step();
                }
            }
        }
        return new BiasSweepReport(base, biases, repeats, meanError, rmse, psnr, estimate);
    }
}
