package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import lab.subspace.numerics.random.Rng;
import org.junit.jupiter.api.Test;

class DefocusTest {

    @Test
    void fftBlurEqualsDirectCircularConvolution() {
        Rng rng = new Rng(4);
        double[][] x = new double[12][10];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = rng.uniform();
            }
        }
        Psf psf = Psf.of("asymmetric", new double[][] {{0.1, 0.3, 0.0}, {0.2, 1.0, 0.05}, {0.0, 0.4, 0.1}});
        double[][] k = psf.kernel();
        double[][] blurred = Defocus.blur(x, psf);
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 10; j++) {
                double s = 0;
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        // y(i, j) = sum_{a, b} k(a, b) x(i - (a - 1), j - (b - 1)), periodic
                        s += k[a][b] * x[Math.floorMod(i - a + 1, 12)][Math.floorMod(j - b + 1, 10)];
                    }
                }
                assertEquals(s, blurred[i][j], 1e-12);
            }
        }
    }

    @Test
    void blurKeepsTheMeanAndAConstantScene() {
        double[][] c = new double[16][16];
        for (double[] row : c) {
            java.util.Arrays.fill(row, 0.4);
        }
        double[][] b = Defocus.blur(c, Psf.disk(3));
        for (double[] row : b) {
            for (double v : row) {
                assertEquals(0.4, v, 1e-12);
            }
        }
        double[][] x = Scenes.generate(32, 32, 2);
        assertEquals(mean(x), mean(Defocus.blur(x, Psf.gaussian(2))), 1e-12);
    }

    @Test
    void framesHaveThePoissonGaussianMeanAndVariancePlusTheBias() {
        double[][] flat = new double[64][64];
        for (double[] row : flat) {
            java.util.Arrays.fill(row, 0.5);
        }
        Sensor sensor = new Sensor(20, 0.05, 0.1);
        Simulation sim = Defocus.simulate(flat, Psf.disk(2), sensor, new double[] {1.0, 0.5}, 7);
        for (int k = 0; k < 2; k++) {
            double t = sim.frames().exposure(k);
            double[][] y = sim.frames().frame(k);
            double m = mean(y);
            double v = 0;
            for (double[] row : y) {
                for (double value : row) {
                    v += (value - m) * (value - m);
                }
            }
            v /= 64 * 64 - 1;
            double expectedVar = t * 0.5 / 20 + 0.05 * 0.05;
            assertEquals(t * 0.5 + 0.1, m, 4 * Math.sqrt(expectedVar / 4096), "mean of frame " + k);
            assertEquals(expectedVar, v, 0.08 * expectedVar, "variance of frame " + k);
        }
    }

    @Test
    void sameSeedSameFramesOtherSeedOtherNoise() {
        double[][] x = Scenes.generate(16, 16, 1);
        Sensor s = new Sensor(10, 0.02, 0.1);
        NoisyFrames a = Defocus.simulate(x, Psf.disk(2), s, Defocus.spread(3), 5).frames();
        NoisyFrames b = Defocus.simulate(x, Psf.disk(2), s, Defocus.spread(3), 5).frames();
        NoisyFrames c = Defocus.simulate(x, Psf.disk(2), s, Defocus.spread(3), 6).frames();
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(a.frame(k)[7], b.frame(k)[7]);
        }
        assertNotEquals(a.frame(0)[7][7], c.frame(0)[7][7]);
    }

    @Test
    void exposuresSpreadAroundOne() {
        assertArrayEquals(new double[] {0.5, 1.0, 1.5}, Defocus.spread(3), 1e-15);
        assertEquals(1.0, java.util.Arrays.stream(Defocus.spread(8)).average().orElseThrow(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Defocus.spread(1));
    }

    @Test
    void negativeScenesAreRejected() {
        double[][] x = new double[8][8];
        x[2][3] = -0.1;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Defocus.simulate(x, Psf.disk(1), new Sensor(10, 0, 0), Defocus.spread(2), 1));
        assertTrue(e.getMessage().contains("(2, 3)"), e.getMessage());
    }

    @Test
    void noisyFramesValidateTheirInputs() {
        double[][] f = new double[8][8];
        assertThrows(IllegalArgumentException.class, () -> NoisyFrames.of(List.<double[][]>of(f), new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> NoisyFrames.of(List.of(f, f), new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> NoisyFrames.of(List.of(f, f), new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> NoisyFrames.of(List.of(f, f), new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> NoisyFrames.of(List.of(f, new double[8][9]), new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> NoisyFrames.of(List.of(new double[4][4], new double[4][4]), new double[] {1, 1}));
        double[][] nan = new double[8][8];
        nan[1][1] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NoisyFrames.of(List.of(f, nan), new double[] {1, 1}));
        assertTrue(e.getMessage().contains("frame 1"), e.getMessage());
    }

    @Test
    void noisyFramesAverageByExposureAndPickTheLongest() {
        double[][] a = new double[8][8];
        double[][] b = new double[8][8];
        for (int i = 0; i < 8; i++) {
            java.util.Arrays.fill(a[i], 1.0);
            java.util.Arrays.fill(b[i], 3.0);
        }
        NoisyFrames f = NoisyFrames.of(List.of(a, b), new double[] {0.5, 1.5});
        assertEquals(2.0, f.average()[3][3], 1e-15);
        assertEquals(1, f.longestExposure());
        assertTrue(NoisyFrames.of(List.of(a, b), new double[] {1, 1}).equalExposures());
        a[0][0] = 9; // copied in
        assertEquals(1.0, f.frame(0)[0][0]);
    }

    static double mean(double[][] x) {
        double s = 0;
        for (double[] row : x) {
            for (double v : row) {
                s += v;
            }
        }
        return s / (x.length * x[0].length);
    }
}
