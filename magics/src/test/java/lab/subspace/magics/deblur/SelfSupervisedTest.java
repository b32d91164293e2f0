package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SelfSupervisedTest {

    private static final Psf DISK = Psf.disk(2.5);
    private static final TrainOptions OPTIONS = TrainOptions.defaults();

    /** Noise-free frames t_k (h * x) + b: what a perfect sensor with an offset would record. */
    private static NoisyFrames exactFrames(double[][] x, Psf psf, double[] exposures, double bias) {
        double[][] blurred = Defocus.blur(x, psf);
        double[][][] frames = new double[exposures.length][x.length][x[0].length];
        for (int k = 0; k < exposures.length; k++) {
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < x[0].length; j++) {
                    frames[k][i][j] = exposures[k] * blurred[i][j] + bias;
                }
            }
        }
        return NoisyFrames.of(frames, exposures);
    }

    /** The bias minimising the constrained DC loss, from frame means only (brute force over pairs). */
    private static double closedFormBias(List<NoisyFrames> scenes, boolean multiFrame) {
        double num = 0;
        double den = 0;
        for (NoisyFrames f : scenes) {
            int n = f.count();
            double[] m = new double[n];
            for (int k = 0; k < n; k++) {
                m[k] = DefocusTest.mean(f.frame(k));
            }
            for (int target = 0; target < n; target++) {
                final int held = target;
                List<int[]> inputs = new ArrayList<>();
                if (multiFrame) {
                    inputs.add(java.util.stream.IntStream.range(0, n).filter(k -> k != held).toArray());
                } else {
                    for (int k = 0; k < n; k++) {
                        if (k != target) {
                            inputs.add(new int[] {k});
                        }
                    }
                }
                for (int[] s : inputs) {
                    double t = 0;
                    double sum = 0;
                    for (int k : s) {
                        t += f.exposure(k);
                        sum += m[k];
                    }
                    if (t == 0) {
                        continue;
                    }
                    double scale = f.exposure(target) / t;
                    double residualAtZeroBias = scale * sum - m[target];
                    double w = 1 - scale * s.length;
                    num += w * residualAtZeroBias;
                    den += w * w;
                }
            }
        }
        return -num / den;
    }

    @Test
    void noTrainingEntryPointAcceptsACleanImage() {
        Set<Type> allowed = Set.of(NoisyFrames.class, Psf.class, Method.class, TrainOptions.class, boolean.class, double[].class);
        int checked = 0;
        for (java.lang.reflect.Method m : SelfSupervised.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            for (Type p : m.getGenericParameterTypes()) {
                boolean ok = allowed.contains(p) || (p instanceof ParameterizedType pt && pt.getRawType() == List.class
                        && pt.getActualTypeArguments()[0] == NoisyFrames.class);
                assertTrue(ok, m.getName() + " takes a " + p.getTypeName());
            }
            checked++;
        }
        assertEquals(3, checked);
        assertTrue(Arrays.stream(NoisyFrames.class.getDeclaredFields()).noneMatch(f -> f.getName().contains("truth")));
    }

    @Test
    void biasOfNoiseFreeFramesIsRecoveredExactly() {
        double[][] x = Scenes.generate(32, 32, 3);
        NoisyFrames frames = exactFrames(x, DISK, Defocus.spread(5), 0.137);
        for (Method m : new Method[] {Method.PHYSEN, Method.PHYSEN_MULTIFRAME}) {
            assertEquals(0.137, SelfSupervised.train(frames, DISK, m, OPTIONS).biasEstimate(), 1e-4, m.label());
        }
    }

    @Test
    void learnedBiasIsTheLeastSquaresInterceptOfTheDcEquations() {
        DeblurSetup setup = DeblurSetup.defaults();
        NoisyFrames frames = Defocus.simulate(Scenes.generate(64, 64, 8), DISK, setup.sensor(), setup.exposures(), 9).frames();
        for (boolean multi : new boolean[] {false, true}) {
            Method m = multi ? Method.PHYSEN_MULTIFRAME : Method.PHYSEN;
            double expected = closedFormBias(List.of(frames), multi);
            assertEquals(expected, SelfSupervised.train(frames, DISK, m, OPTIONS).biasEstimate(), 1e-5, m.label());
            assertEquals(0.1, expected, 0.01, "the intercept itself is close to the true bias");
        }
    }

    @Test
    void equalExposuresLeaveTheBiasUnidentifiableAndPlainNoise2NoiseConvergesToXPlusB() {
        double[][] x = Scenes.generate(32, 32, 4);
        NoisyFrames frames = exactFrames(x, DISK, Defocus.equal(4), 0.2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS));
        assertTrue(e.getMessage().contains("exposure"), e.getMessage());
        double[] profile = SelfSupervised.biasProfile(frames, true, new double[] {-1, 0, 0.2, 5});
        for (double v : profile) {
            assertEquals(profile[0], v, 1e-15, "the loss does not depend on b");
        }
        double[][] restored = SelfSupervised.train(frames, DISK, Method.PLAIN_N2N, OPTIONS).filter().restore(frames);
        assertEquals(0.2, ImageQuality.meanError(x, restored), 1e-6);
    }

    @Test
    void biasProfileIsAParabolaWithItsMinimumAtTheEstimate() {
        double[][] x = Scenes.generate(32, 32, 5);
        NoisyFrames frames = Defocus.simulate(x, DISK, new Sensor(30, 0.02, 0.15), Defocus.spread(6), 2).frames();
        double learned = SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS).biasEstimate();
        double b = closedFormBias(List.of(frames), true);
        assertEquals(b, learned, 1e-5);
        double[] p = SelfSupervised.biasProfile(frames, true, new double[] {b - 0.05, b, b + 0.05});
        assertTrue(p[1] < p[0] && p[1] < p[2]);
        assertEquals(p[0], p[2], 1e-9 * p[0]);
    }

    @Test
    void aDarkFrameIdentifiesTheBiasOnItsOwn() {
        double[][] x = Scenes.generate(32, 32, 6);
        NoisyFrames frames = exactFrames(x, DISK, new double[] {1, 1, 1, 0}, -0.05);
        assertEquals(-0.05, SelfSupervised.train(frames, DISK, Method.PHYSEN, OPTIONS).biasEstimate(), 1e-4);
    }

    @Test
    void noiseFreeFramesAreDeconvolvedAlmostPerfectly() {
        Psf gauss = Psf.gaussian(1.0);
        double[][] x = Scenes.generate(32, 32, 7);
        NoisyFrames frames = exactFrames(x, gauss, Defocus.spread(4), 0.1);
        Training t = SelfSupervised.train(frames, gauss, Method.PHYSEN_MULTIFRAME, OPTIONS.withEpochs(600));
        double blurredPsnr = ImageQuality.psnr(x, Defocus.blur(x, gauss));
        double restoredPsnr = ImageQuality.psnr(x, t.filter().restore(frames));
        assertTrue(restoredPsnr > blurredPsnr + 10, "restored " + restoredPsnr + " dB vs blurred " + blurredPsnr + " dB");
    }

    @Test
    void biasAwareMethodsBeatPlainNoise2NoiseAndMultiFrameHelpsAtLowLight() {
        DeblurSetup setup = DeblurSetup.defaults().withPhotons(3).withBias(0.2);
        double[][] x = Scenes.generate(64, 64, 11);
        NoisyFrames frames = Defocus.simulate(x, DISK, setup.sensor(), setup.exposures(), 12).frames();
        double plain = ImageQuality.psnr(x, SelfSupervised.train(frames, DISK, Method.PLAIN_N2N, OPTIONS).filter().restore(frames));
        double physen = ImageQuality.psnr(x, SelfSupervised.train(frames, DISK, Method.PHYSEN, OPTIONS).filter().restore(frames));
        double multi = ImageQuality.psnr(x, SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS).filter().restore(frames));
        assertTrue(physen > plain + 0.3, "Physen " + physen + " dB vs plain " + plain + " dB");
        assertTrue(multi > physen + 0.5, "multi-frame " + multi + " dB vs single frame " + physen + " dB");
    }

    @Test
    void multiFrameFilterReachesTheOracleWiener() {
        DeblurSetup setup = DeblurSetup.defaults();
        double[][] x = Scenes.generate(64, 64, 13);
        NoisyFrames frames = Defocus.simulate(x, DISK, setup.sensor(), setup.exposures(), 14).frames();
        double multi = ImageQuality.psnr(x, SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS).filter().restore(frames));
        double oracle = ImageQuality.psnr(x, Wiener.oracle(frames, DISK, setup.sensor(), x));
        assertEquals(oracle, multi, 0.5);
    }

    @Test
    void adamEndsCloseToALongRun() {
        DeblurSetup setup = DeblurSetup.defaults();
        NoisyFrames frames = Defocus.simulate(Scenes.generate(48, 48, 15), DISK, setup.sensor(), setup.exposures(), 16).frames();
        Training t = SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS);
        Training longRun = SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS.withEpochs(3000).withLearningRate(0.05));
        double[] a = t.loss();
        double[] b = longRun.loss();
        assertEquals(b[b.length - 1], a[a.length - 1], 1e-4 * b[b.length - 1]);
        assertTrue(a[a.length - 1] < a[0]);
        assertTrue(t.converged());
        assertEquals(OPTIONS.epochs() + 1, a.length);
        assertEquals(OPTIONS.epochs() + 1, t.bias().length);
        assertEquals(0, SelfSupervised.train(frames, DISK, Method.PLAIN_N2N, OPTIONS).bias().length);
    }

    @Test
    void finetuningWeightInterpolatesBetweenPretrainedAndTargetBias() {
        Sensor sensor = new Sensor(10, 0.02, 0.1);
        List<NoisyFrames> corpus = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            corpus.add(Defocus.simulate(Scenes.generate(32, 32, 100 + i), DISK, sensor, Defocus.spread(6), 200 + i).frames());
        }
        NoisyFrames target = Defocus.simulate(Scenes.generate(32, 32, 300), DISK, sensor, Defocus.spread(6), 301).frames();
        double pooled = closedFormBias(corpus, true);
        double own = closedFormBias(List.of(target), true);
        Training stiff = SelfSupervised.pretrainFinetune(corpus, target, DISK, OPTIONS.withFinetune(150, 1e4));
        Training free = SelfSupervised.pretrainFinetune(corpus, target, DISK, OPTIONS.withFinetune(150, 0));
        assertTrue(Math.abs(pooled - own) > 1e-3, "the corpus and the target disagree: " + pooled + " vs " + own);
        // Adam ends within about its final step size of a very stiff optimum
        assertEquals(pooled, stiff.biasEstimate(), 1e-4);
        assertEquals(own, free.biasEstimate(), 1e-4);
        assertEquals(OPTIONS.epochs() + 1, stiff.pretrainEntries());
        assertEquals(OPTIONS.epochs() + OPTIONS.finetuneEpochs() + 2, stiff.loss().length);
    }

    @Test
    void misuseIsRejected() {
        NoisyFrames frames = exactFrames(Scenes.generate(16, 16, 1), DISK, Defocus.spread(3), 0.1);
        assertThrows(IllegalArgumentException.class, () -> SelfSupervised.train(frames, DISK, Method.PHYSEN_PRETRAIN_FINETUNE, OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> SelfSupervised.pretrainFinetune(List.of(), frames, DISK, OPTIONS));
        NoisyFrames other = exactFrames(Scenes.generate(24, 24, 1), DISK, Defocus.spread(3), 0.1);
        assertThrows(IllegalArgumentException.class, () -> SelfSupervised.pretrainFinetune(List.of(other), frames, DISK, OPTIONS));
        assertThrows(IllegalArgumentException.class, () -> SelfSupervised.train(frames, Psf.disk(12), Method.PHYSEN, OPTIONS));
        Training t = SelfSupervised.train(frames, DISK, Method.PHYSEN, OPTIONS);
        assertThrows(IllegalArgumentException.class, () -> t.filter().restore(other));
        assertThrows(IllegalArgumentException.class, () -> new TrainOptions(0, 0.1, 8, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> new TrainOptions(10, 0.1, 1, 10, 1));
    }

    @Test
    void sameFramesSameFilter() {
        DeblurSetup setup = DeblurSetup.defaults();
        NoisyFrames frames = Defocus.simulate(Scenes.generate(32, 32, 21), DISK, setup.sensor(), setup.exposures(), 22).frames();
        Training a = SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS);
        Training b = SelfSupervised.train(frames, DISK, Method.PHYSEN_MULTIFRAME, OPTIONS);
        assertArrayEquals(a.loss(), b.loss());
        assertArrayEquals(a.filter().restore(frames)[5], b.filter().restore(frames)[5]);
        assertFalse(Double.isNaN(a.biasEstimate()));
    }
}
