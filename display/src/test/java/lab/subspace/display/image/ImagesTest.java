package lab.subspace.display.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import lab.subspace.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;

class ImagesTest {

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xffffff;
    }

    @Test
    void greyAutoRangeMapsMinToBlackAndMaxToWhite() {
        BufferedImage img = Images.grey(new double[][] {{-1, 0, 1}, {Double.NaN, 0.5, 3}});
        assertEquals(3, img.getWidth());
        assertEquals(2, img.getHeight());
        assertEquals(0x000000, rgb(img, 0, 0));
        assertEquals(0xffffff, rgb(img, 2, 1));
        assertEquals(0x404040, rgb(img, 1, 0), "0 is a quarter of the way from -1 to 3");
        assertEquals(Images.NAN_RGB, rgb(img, 0, 1));
        assertEquals(0x000000, rgb(Images.grey(new double[][] {{5, 5}}), 1, 0), "constant image is black");
    }

    @Test
    void greyFixedRangeClamps() {
        BufferedImage img = Images.grey(new double[][] {{-5, 0.5, 9}}, 0, 1);
        assertEquals(0x000000, rgb(img, 0, 0));
        assertEquals(0x808080, rgb(img, 1, 0));
        assertEquals(0xffffff, rgb(img, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> Images.grey(new double[][] {{1}}, 1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Images.grey(new double[][] {{1, 2}, {3}}));
        assertEquals("values is not rectangular: row 0 has 2 values but row 1 has 1", e.getMessage());
    }

    @Test
    void rgbFromPixelsAndFromChannelsAgree() {
        double[][][] pixels = {{{1, 0, 0}, {0, 1, 0.5}}, {{0, 0, 1}, {Double.NaN, 0, 0}}};
        BufferedImage a = Images.rgb(pixels);
        assertEquals(0xff0000, rgb(a, 0, 0));
        assertEquals(0x00ff80, rgb(a, 1, 0));
        assertEquals(0x0000ff, rgb(a, 0, 1));
        assertEquals(Images.NAN_RGB, rgb(a, 1, 1));
        double[][] r = {{1, 0}, {0, Double.NaN}};
        double[][] g = {{0, 1}, {0, 0}};
        double[][] b = {{0, 0.5}, {1, 0}};
        BufferedImage c = Images.rgb(r, g, b);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 2; x++) {
                assertEquals(rgb(a, x, y), rgb(c, x, y));
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Images.rgb(r, g, new double[][] {{1, 2}}));
        assertEquals("Channels differ in shape: red is 2 × 2 but blue is 1 × 2", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Images.rgb(new double[][][] {{{1, 0}}}));
    }

    @Test
    void pngRoundTripsAndBundleIsBase64Png() throws IOException {
        BufferedImage img = Images.grey(new double[][] {{0, 1}, {1, 0}});
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(Images.png(img)));
        assertEquals(rgb(img, 1, 0), rgb(back, 1, 0));
        assertEquals(rgb(img, 0, 0), rgb(back, 0, 0));
        MimeBundle b = Images.bundle(img);
        byte[] bytes = Base64.getDecoder().decode(b.get(MimeBundle.PNG));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        assertEquals("Image 2 × 2", b.get(MimeBundle.TEXT));
        assertTrue(Images.dataUri(img).startsWith("data:image/png;base64,iVBOR"));
    }

    @Test
    void scaleRepeatsPixels() {
        BufferedImage img = Images.grey(new double[][] {{0, 1}});
        BufferedImage big = Images.scale(img, 3);
        assertEquals(6, big.getWidth());
        assertEquals(3, big.getHeight());
        assertEquals(0x000000, rgb(big, 2, 2));
        assertEquals(0xffffff, rgb(big, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> Images.scale(img, 0));
    }

    @Test
    void hugeImagesAreRefusedWithTheirSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Images.allocate(200_000, 200_000));
        assertTrue(e.getMessage().contains("160.00 GB"), e.getMessage());
    }
}
