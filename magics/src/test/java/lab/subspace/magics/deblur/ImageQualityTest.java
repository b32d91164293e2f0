package lab.subspace.magics.deblur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageQualityTest {

    @TempDir
    Path dir;

    @Test
    void constantOffsetHasClosedFormScores() {
        double[][] x = Scenes.generate(16, 16, 1);
        double[][] y = new double[16][16];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                y[i][j] = x[i][j] + 0.1;
            }
        }
        Quality q = ImageQuality.of(x, y);
        assertEquals(0.1, q.meanError(), 1e-12);
        assertEquals(0.1, q.rmse(), 1e-12);
        assertEquals(20.0, q.psnr(), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, ImageQuality.psnr(x, x));
        assertThrows(IllegalArgumentException.class, () -> ImageQuality.rmse(x, new double[16][15]));
    }

    @Test
    void pngGreyLevelsAreReadInUnitRange() throws Exception {
        BufferedImage img = new BufferedImage(12, 10, BufferedImage.TYPE_BYTE_GRAY);
        img.getRaster().setSample(3, 2, 0, 255);
        img.getRaster().setSample(4, 2, 0, 51);
        Path file = dir.resolve("scene.png");
        ImageIO.write(img, "png", file.toFile());
        double[][] x = Scenes.read(file);
        assertEquals(10, x.length);
        assertEquals(12, x[0].length);
        assertEquals(1.0, x[2][3], 1e-12);
        assertEquals(0.2, x[2][4], 1e-12);
        assertEquals(0.0, x[0][0], 1e-12);
        BufferedImage rgb = new BufferedImage(12, 10, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(1, 1, 0xff0000);
        assertEquals(0.299, Scenes.grey(rgb)[1][1], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Scenes.read(dir.resolve("missing.png")));
    }

    @Test
    void arraysAreNormalisedIntoTheUnitRange() {
        double[][] counts = new double[8][8];
        counts[1][1] = 255;
        counts[2][2] = 51;
        assertEquals(0.2, Scenes.normalize("counts", counts)[2][2], 1e-12);
        double[][] signed = new double[8][8];
        signed[0][0] = -1;
        signed[0][1] = 1;
        double[][] n = Scenes.normalize("signed", signed);
        assertEquals(0.0, n[0][0]);
        assertEquals(0.5, n[3][3]);
        double[][] inRange = new double[8][8];
        inRange[4][4] = 0.7;
        assertEquals(0.7, Scenes.normalize("ok", inRange)[4][4]);
        assertThrows(IllegalArgumentException.class, () -> Scenes.normalize("flat", new double[8][8]));
    }

    @Test
    void generatedScenesAreSeededAndInRange() {
        double[][] a = Scenes.generate(40, 30, 9);
        double[][] b = Scenes.generate(40, 30, 9);
        double[][] c = Scenes.generate(40, 30, 10);
        boolean differs = false;
        for (int i = 0; i < 40; i++) {
            for (int j = 0; j < 30; j++) {
                assertEquals(a[i][j], b[i][j]);
                assertTrue(a[i][j] >= 0 && a[i][j] <= 1);
                differs |= a[i][j] != c[i][j];
            }
        }
        assertTrue(differs);
        assertThrows(IllegalArgumentException.class, () -> Scenes.generate(4, 40, 1));
    }
}
