package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PsfTest {

    private static double sum(double[][] k) {
        double s = 0;
        for (double[] row : k) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }

    @Test
    void kernelsSumToOneSoTheOtfIsOneAtDc() {
        for (Psf psf : new Psf[] {Psf.disk(2.5), Psf.disk(0.5), Psf.gaussian(1.5), Psf.of("box", new double[][] {{2, 2}, {2, 2}})}) {
            assertEquals(1.0, sum(psf.kernel()), 1e-12, psf.name());
            double[] h = psf.otf(32, 24);
            assertEquals(1.0, h[0], 1e-12, psf.name());
            assertEquals(0.0, h[1], 1e-12, psf.name());
        }
    }

    @Test
    void symmetricKernelsHaveARealOtfBoundedByOne() {
        double[] h = Psf.disk(3).otf(64, 64);
        for (int f = 0; f < h.length / 2; f++) {
            assertEquals(0.0, h[2 * f + 1], 1e-12);
            assertTrue(Math.abs(h[2 * f]) <= 1 + 1e-12);
        }
    }

    @Test
    void diskCoversItsAreaAndGaussianMatchesItsFormula() {
        Psf disk = Psf.disk(4);
        double[][] k = disk.kernel();
        double max = k[4][4];
        double covered = sum(k) / max; // pixels weighted by the fraction inside the circle
        assertEquals(Math.PI * 16, covered, 0.05 * Math.PI * 16);
        double[][] g = Psf.gaussian(1.0).kernel();
        assertEquals(7, g.length);
        assertEquals(Math.exp(-0.5), g[3][4] / g[3][3], 1e-12);
        assertEquals(Math.exp(-1.0), g[4][4] / g[3][3], 1e-12);
    }

    @Test
    void diskOtfHasTheJincShapeNearItsFirstZero() {
        // continuous disk of radius R: H(f) = 2 J1(2 pi R f) / (2 pi R f), first zero at f = 0.6098 / R
        double r = 6;
        double[] h = Psf.disk(r).otf(256, 256);
        int firstZeroBin = (int) Math.round(0.6098 / r * 256);
        assertTrue(Math.abs(h[2 * firstZeroBin]) < 0.03, "H at the first zero is " + h[2 * firstZeroBin]);
        assertTrue(h[2 * (firstZeroBin / 2)] > 0.4);
        assertTrue(h[2 * (firstZeroBin + 6)] < 0);
    }

    @Test
    void kernelIsCopiedInAndOut() {
        double[][] k = {{1, 1}, {1, 1}};
        Psf psf = Psf.of("k", k);
        k[0][0] = 100;
        assertEquals(0.25, psf.kernel()[0][0], 1e-15);
        psf.kernel()[0][0] = 7;
        assertEquals(0.25, psf.kernel()[0][0], 1e-15);
    }

    @Test
    void invalidKernelsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Psf.of("neg", new double[][] {{1, -0.1}}));
        assertThrows(IllegalArgumentException.class, () -> Psf.of("nan", new double[][] {{1, Double.NaN}}));
        assertThrows(IllegalArgumentException.class, () -> Psf.of("zero", new double[][] {{0, 0}}));
        assertThrows(IllegalArgumentException.class, () -> Psf.of("ragged", new double[][] {{1, 1}, {1}}));
        assertThrows(IllegalArgumentException.class, () -> Psf.disk(0.1));
        assertThrows(IllegalArgumentException.class, () -> Psf.gaussian(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Psf.disk(10).otf(16, 16));
        assertTrue(e.getMessage().contains("21 x 21"), e.getMessage());
    }
}
