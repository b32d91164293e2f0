package lab.subspace.magics.deblur;

import java.util.ArrayList;
import java.util.List;

import lab.subspace.numerics.random.Rng;

/**
 * One scene through the forward model and every method: the averaged frames (no deblurring),
 * plain Noise2Noise, Physen-N2N (single frame), Physen-N2N with multi-frame initialisation, the
 * pretrain-finetune variant, and the oracle Wiener reference. The clean scene is used only to
 * score the restorations and by the oracle reference.
 *
 * <pre>{@code
 * DeblurReport r = DeblurExperiment.run(DeblurSetup.defaults());
 * r.result(Method.PHYSEN_MULTIFRAME).quality().psnr();
 * }</pre>
 */
public final class DeblurExperiment {

    /** Row name of the averaged noisy frames (no deblurring). */
    public static final String AVERAGE = "average of frames (no deblurring)";
    /** Row name of the oracle Wiener reference. */
    public static final String WIENER = "Wiener, known noise + spectrum (oracle)";

    private DeblurExperiment() {
    }

    /** Runs on a generated scene of {@code setup.size()} pixels. */
    public static DeblurReport run(DeblurSetup setup) {
        Rng rng = new Rng(setup.seed());
        long sceneSeed = rng.nextLong();
        return run(Scenes.generate(setup.size(), setup.size(), sceneSeed), setup, rng);
    }

    /**
     * Runs on the given clean scene (e.g. from {@link Scenes#read}).
     *
     * @throws IllegalArgumentException when a value lies outside [0, 1] (the scores assume a data
     *                                  range of 1: use {@link Scenes#normalize})
     */
    public static DeblurReport run(double[][] scene, DeblurSetup setup) {
        double[][] x = NoisyFrames.checkedCopy("scene", scene);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[0].length; j++) {
                if (x[i][j] < 0 || x[i][j] > 1) {
                    throw new IllegalArgumentException("scene value " + x[i][j] + " at (" + i + ", " + j
                            + ") is outside [0, 1]: rescale it with Scenes.normalize");
                }
            }
        }
        Rng rng = new Rng(setup.seed());
        rng.nextLong(); // the generated scene's seed: keeps the noise the same as for run(setup)
        return run(x, setup, rng);
    }

    private static DeblurReport run(double[][] scene, DeblurSetup setup, Rng rng) {
        Simulation sim = Defocus.simulate(scene, setup.psf(), setup.sensor(), setup.exposures(), rng.nextLong());
        double[][] truth = sim.truth();
        NoisyFrames frames = sim.frames();
        List<NoisyFrames> corpus = corpus(frames.rows(), frames.cols(), setup, rng);

        List<MethodResult> results = new ArrayList<>();
        double[][] average = frames.average();
        results.add(new MethodResult(AVERAGE, average, ImageQuality.of(truth, average), Double.NaN, true, null));
        for (Method m : new Method[] {Method.PLAIN_N2N, Method.PHYSEN, Method.PHYSEN_MULTIFRAME}) {
            results.add(selfSupervised(truth, frames, SelfSupervised.train(frames, setup.psf(), m, setup.training())));
        }
        if (!corpus.isEmpty()) {
            results.add(selfSupervised(truth, frames, SelfSupervised.pretrainFinetune(corpus, frames, setup.psf(), setup.training())));
        }
        double[][] wiener = Wiener.oracle(frames, setup.psf(), setup.sensor(), truth);
        results.add(new MethodResult(WIENER, wiener, ImageQuality.of(truth, wiener), setup.sensor().bias(), false, null));
        double[] oracleLambda = Wiener.noiseToSignal(frames, setup.sensor(), Wiener.radialPower(truth));
        return new DeblurReport(setup, truth, frames, results, oracleLambda);
    }

    /** Noisy frames of {@code setup.pretrainScenes()} other generated scenes (same optics and sensor). */
    static List<NoisyFrames> corpus(int rows, int cols, DeblurSetup setup, Rng rng) {
        List<NoisyFrames> corpus = new ArrayList<>();
        for (int i = 0; i < setup.pretrainScenes(); i++) {
            double[][] other = Scenes.generate(rows, cols, rng.nextLong());
            corpus.add(Defocus.simulate(other, setup.psf(), setup.sensor(), setup.exposures(), rng.nextLong()).frames());
        }
        return corpus;
    }

    static MethodResult selfSupervised(double[][] truth, NoisyFrames frames, Training t) {
        double[][] restored = t.filter().restore(frames);
        return new MethodResult(t.method().label(), restored, ImageQuality.of(truth, restored),
                t.method().biasAware() ? t.biasEstimate() : Double.NaN, true, t);
    }
}
