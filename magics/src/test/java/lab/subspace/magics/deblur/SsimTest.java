package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SsimTest {

    /** The images used for the scikit-image reference values (24 x 20). */
    private static double[][] x() {
        double[][] x = new double[24][20];
        for (int i = 0; i < 24; i++) {
            for (int j = 0; j < 20; j++) {
                x[i][j] = (Math.sin(0.7 * i) + Math.cos(1.3 * j) + 2) / 4;
            }
        }
        return x;
    }

    private static double[][] map(double[][] a, java.util.function.BiFunction<Integer, Integer, Double> f) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = f.apply(i, j);
            }
        }
        return out;
    }

    @Test
    void identicalImagesScoreOne() {
        double[][] x = x();
        assertEquals(1.0, Ssim.ssim(x, x, 1.0), 1e-12);
    }

    @Test
    void constantImagesFollowTheLuminanceTermByHand() {
        double[][] a = new double[16][16];
        double[][] c = new double[16][16];
        for (int i = 0; i < 16; i++) {
            java.util.Arrays.fill(a[i], 0.5);
            java.util.Arrays.fill(c[i], 0.25);
        }
        // sigma = 0, so SSIM = (2 mu_x mu_y + C1) / (mu_x^2 + mu_y^2 + C1) with C1 = (0.01)^2
        assertEquals((2 * 0.5 * 0.25 + 1e-4) / (0.25 + 0.0625 + 1e-4), Ssim.ssim(a, c, 1.0), 1e-12);
    }

    @Test
    void oneWindowWithOneBrightPixelByHand() {
        // 11 x 11: a single window. x = 1 at the centre, 0 elsewhere; y = 0.3 everywhere.
        double[][] x = new double[11][11];
        x[5][5] = 1;
        double[][] y = new double[11][11];
        for (double[] row : y) {
            java.util.Arrays.fill(row, 0.3);
        }
        double g = 0;
        for (int k = -5; k <= 5; k++) {
            g += Math.exp(-k * k / (2 * 1.5 * 1.5));
        }
        double wc = 1 / (g * g);           // weight of the centre pixel: mu_x = wc, E[x^2] = wc
        double c1 = 1e-4;
        double c2 = 9e-4;
        double muX = wc;
        double varX = wc - wc * wc;
        double expected = (2 * muX * 0.3 + c1) * c2 / ((muX * muX + 0.09 + c1) * (varX + c2));
        assertEquals(expected, Ssim.ssim(x, y, 1.0), 1e-12);
        assertEquals(1, Ssim.map(x, y, 1.0).length);
    }

    @Test
    void matchesScikitImageOnReferenceImages() {
        // skimage 0.26.0: structural_similarity(x, y, gaussian_weights=True, sigma=1.5,
        // use_sample_covariance=False, data_range=...) on the same formula images
        double[][] x = x();
        double[][] y = map(x, (i, j) -> x[i][j] + 0.1 * Math.sin(0.37 * i * j));
        double[][] inverted = map(x, (i, j) -> 1 - x[i][j]);
        double[][] affine = map(x, (i, j) -> 0.5 * x[i][j] + 0.2);
        assertEquals(0.9536058963209204, Ssim.ssim(x, y, 1.0), 1e-10);
        assertEquals(-0.90470635198665, Ssim.ssim(x, inverted, 1.0), 1e-10);
        assertEquals(0.8053264675168554, Ssim.ssim(x, affine, 2.0), 1e-10);
    }

    @Test
    void isSymmetricAndBelowOneForDifferentImages() {
        double[][] x = x();
        double[][] y = map(x, (i, j) -> x[i][j] * 0.9 + 0.05 * Math.cos(i + 2.0 * j));
        assertEquals(Ssim.ssim(x, y, 1.0), Ssim.ssim(y, x, 1.0), 1e-14);
        double s = Ssim.ssim(x, y, 1.0);
        assertEquals(true, s < 1 && s > 0);
    }

    @Test
    void windowIsAGaussianSummingToOne() {
        double[] w = Ssim.window();
        assertEquals(11, w.length);
        assertEquals(1.0, java.util.Arrays.stream(w).sum(), 1e-15);
        assertEquals(Math.exp(-1 / 4.5), w[6] / w[5], 1e-15);
    }

    @Test
    void misuseIsRejectedWithTheShapes() {
        double[][] x = x();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ssim.ssim(x, new double[24][21], 1.0));
        assertEquals(true, e.getMessage().contains("24 x 20"));
        assertThrows(IllegalArgumentException.class, () -> Ssim.ssim(new double[10][10], new double[10][10], 1.0));
        assertThrows(IllegalArgumentException.class, () -> Ssim.ssim(x, x, 0));
        double[][] nan = map(x, (i, j) -> i == 3 && j == 4 ? Double.NaN : 0.0);
        assertThrows(IllegalArgumentException.class, () -> Ssim.ssim(x, nan, 1.0));
    }
}
