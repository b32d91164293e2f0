package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeblurExperimentTest {

    private static final DeblurSetup SMALL = DeblurSetup.defaults().withSize(48).withPretrainScenes(2);

    @Test
    void reportHasEveryMethodAndItsViews() {
        DeblurReport r = DeblurExperiment.run(SMALL);
        assertEquals(6, r.results().size());
        assertEquals(6, r.table().rowCount());
        assertEquals(8, r.gallery().images().size());
        assertTrue(r.gallery().captions().get(0).contains("scoring only"));
        assertEquals(4, r.outputs().parts().size() - 1);
        r.trainingFigure();
        r.biasFigure();
        r.filterFigure();
        for (MethodResult m : r.results()) {
            assertEquals(m.training() != null, m.selfSupervised() && !m.method().equals(DeblurExperiment.AVERAGE));
        }
        assertEquals(0.1, r.result(Method.PHYSEN_MULTIFRAME).biasEstimate(), 0.02);
        assertThrows(IllegalArgumentException.class, () -> r.result("nonsense"));
    }

    @Test
    void sameSeedSameNumbersAndTheUserSceneEntryMatchesTheGeneratedOne() {
        DeblurReport a = DeblurExperiment.run(SMALL.withSeed(4));
        DeblurReport b = DeblurExperiment.run(SMALL.withSeed(4));
        for (int k = 0; k < a.results().size(); k++) {
            assertEquals(a.results().get(k).quality(), b.results().get(k).quality());
        }
        DeblurReport c = DeblurExperiment.run(a.truth(), SMALL.withSeed(4));
        assertArrayEquals(a.results().get(3).image()[7], c.results().get(3).image()[7]);
        double[][] bright = a.truth();
        bright[1][2] = 1.5;
        assertThrows(IllegalArgumentException.class, () -> DeblurExperiment.run(bright, SMALL));
    }

    @Test
    void biasSweepShowsThePlainBiasAndTheRecoveredB() {
        BiasSweepReport r = BiasSweep.run(DeblurSetup.defaults(), new double[] {0, 0.2}, 1);
        assertTrue(r.slope(Method.PLAIN_N2N) > 0.3, "plain slope " + r.slope(Method.PLAIN_N2N));
        assertEquals(0, r.slope(Method.PHYSEN_MULTIFRAME), 0.02);
        assertTrue(r.maxEstimateError(Method.PHYSEN_MULTIFRAME) < 0.01);
        assertTrue(r.maxAbsMeanError(Method.PHYSEN) < 0.01);
        assertEquals(2 * 3, r.table().rowCount());
        assertEquals(3, r.outputs().parts().size() - 1);
        assertThrows(IllegalArgumentException.class, () -> r.psnr(Method.PHYSEN_PRETRAIN_FINETUNE));
        assertThrows(IllegalArgumentException.class, () -> BiasSweep.run(DeblurSetup.defaults(), new double[] {0.1, 0.1}, 1));
    }

    @Test
    void lightSweepScoresEveryMethodAtEveryLevel() {
        LightSweepReport r = LightSweep.run(SMALL.withPretrainScenes(0), new double[] {3, 100}, 1);
        assertEquals(5, r.methods().size());
        assertEquals(10, r.table().rowCount());
        double[] multi = r.psnr(Method.PHYSEN_MULTIFRAME);
        assertTrue(multi[1] > multi[0], "more light, better restoration");
        r.psnrFigure();
        r.ssimFigure();
        assertThrows(IllegalArgumentException.class, () -> r.psnr("nonsense"));
    }

    @Test
    void userFramesOfEqualExposureRunOnlyPlainNoise2Noise() {
        Sensor sensor = new Sensor(20, 0.02, 0.1);
        NoisyFrames equal = Defocus.simulate(Scenes.generate(32, 32, 1), Psf.disk(2), sensor, Defocus.equal(3), 1).frames();
        RestoreReport r = FrameRestore.run(equal, Psf.disk(2), TrainOptions.defaults());
        assertEquals(1, r.trainings().size());
        assertEquals(1, r.notes().size());
        assertThrows(IllegalArgumentException.class, () -> r.restored(Method.PHYSEN));
        NoisyFrames spread = Defocus.simulate(Scenes.generate(32, 32, 1), Psf.disk(2), sensor, Defocus.spread(3), 1).frames();
        RestoreReport s = FrameRestore.run(spread, Psf.disk(2), TrainOptions.defaults());
        assertEquals(3, s.trainings().size());
        assertEquals(32, s.restored(Method.PHYSEN_MULTIFRAME).length);
        assertEquals(3, s.table().rowCount());
        s.outputs();
    }
}
