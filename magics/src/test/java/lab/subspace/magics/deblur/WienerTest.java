package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WienerTest {

    @Test
    void almostNoNoiseGivesAlmostPerfectDeconvolution() {
        Psf psf = Psf.gaussian(1.0);
        double[][] x = Scenes.generate(32, 32, 3);
        Sensor sensor = new Sensor(1e9, 0, 0.05);
        NoisyFrames frames = Defocus.simulate(x, psf, sensor, Defocus.spread(4), 1).frames();
        double restored = ImageQuality.psnr(x, Wiener.oracle(frames, psf, sensor, x));
        double blurred = ImageQuality.psnr(x, Defocus.blur(x, psf));
        assertTrue(restored > blurred + 15, restored + " dB vs blurred " + blurred + " dB");
    }

    @Test
    void knownBiasIsRemoved() {
        Psf psf = Psf.disk(2);
        double[][] x = Scenes.generate(32, 32, 4);
        Sensor sensor = new Sensor(50, 0.02, 0.3);
        NoisyFrames frames = Defocus.simulate(x, psf, sensor, Defocus.spread(6), 2).frames();
        assertEquals(0, ImageQuality.meanError(x, Wiener.oracle(frames, psf, sensor, x)), 0.01);
    }

    @Test
    void radialPowerOfAConstantImageIsAllAtDc() {
        double[][] c = new double[16][16];
        for (double[] row : c) {
            java.util.Arrays.fill(row, 2.0);
        }
        double[] p = Wiener.radialPower(c);
        assertEquals(Math.pow(2.0 * 256, 2), p[0], 1e-6);
        for (int r = 1; r < p.length; r++) {
            assertEquals(0, p[r], 1e-12);
        }
    }

    @Test
    void noiseToSignalIsTheNoisePowerOverTheScenePower() {
        double[][] flat = new double[16][16];
        for (double[] row : flat) {
            java.util.Arrays.fill(row, 0.5);
        }
        Sensor sensor = new Sensor(20, 0.1, 0.0);
        NoisyFrames frames = Defocus.simulate(flat, Psf.disk(1), sensor, new double[] {1, 1}, 3).frames();
        double[] power = new double[new RadialBins(16, 16).count];
        java.util.Arrays.fill(power, 256.0);
        double mean = (DefocusTest.mean(frames.frame(0)) + DefocusTest.mean(frames.frame(1))) / 2;
        // average of 2 frames: Var = (2 m / 20 + 2 * 0.01) / 4, times N = 256, over the power 256
        double expected = (2 * mean / 20 + 2 * 0.01) / 4;
        assertEquals(expected, Wiener.noiseToSignal(frames, sensor, power)[3], 1e-12);
    }

    @Test
    void scenePowerMustMatchTheRings() {
        double[][] x = Scenes.generate(16, 16, 1);
        Sensor sensor = new Sensor(10, 0.02, 0.1);
        NoisyFrames frames = Defocus.simulate(x, Psf.disk(1), sensor, Defocus.spread(2), 1).frames();
        assertThrows(IllegalArgumentException.class, () -> Wiener.restore(frames, Psf.disk(1), sensor, new double[3]));
        double[] negative = Wiener.radialPower(x);
        negative[2] = -1;
        assertThrows(IllegalArgumentException.class, () -> Wiener.restore(frames, Psf.disk(1), sensor, negative));
    }
}
