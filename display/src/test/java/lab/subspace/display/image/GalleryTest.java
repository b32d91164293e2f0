package lab.subspace.display.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import lab.subspace.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;

class GalleryTest {

    private static final BufferedImage BLACK = Images.grey(new double[][] {{0, 0}, {0, 0}}, 0, 1);
    private static final BufferedImage WHITE = Images.grey(new double[][] {{1, 1, 1}}, 0, 1);

    @Test
    void htmlHasOneFigurePerImageWithEscapedCaptions() {
        Gallery g = Gallery.of("blurred <σ=2>", BLACK).and("restored & sharp", WHITE).scale(4);
        MimeBundle b = g.bundle();
        String html = b.get(MimeBundle.HTML);
        assertEquals(2, html.split("<img src=\"data:image/png;base64,", -1).length - 1);
        assertTrue(html.contains("<figcaption>blurred &lt;σ=2&gt;</figcaption>"), html);
        assertTrue(html.contains("<figcaption>restored &amp; sharp</figcaption>"));
        assertTrue(html.contains("width=\"8\" height=\"8\""), "2 × 2 at scale 4");
        assertTrue(html.contains("width=\"12\" height=\"4\""));
        assertTrue(html.contains("image-rendering:pixelated"));
        assertFalse(html.contains("<σ"));
        assertEquals("Gallery of 2 images: blurred <σ=2> (2 × 2), restored & sharp (3 × 1)", b.get(MimeBundle.TEXT));
    }

    @Test
    void galleriesAreImmutable() {
        Gallery one = Gallery.of("a", BLACK);
        Gallery two = one.and("b", WHITE);
        assertEquals(1, one.images().size());
        assertEquals(2, two.images().size());
        assertThrows(UnsupportedOperationException.class, () -> two.captions().add("c"));
        assertThrows(IllegalArgumentException.class, () -> one.and("null", null));
        assertThrows(IllegalArgumentException.class, () -> one.scale(0));
    }

    @Test
    void oneImageSideBySideWithCaptionsUnderneath() {
        BufferedImage out = Gallery.of("left", BLACK).and("right", WHITE).scale(10).toImage();
        assertTrue(out.getWidth() >= 20 + 30 + 3 * 12, "both images and the gaps");
        assertTrue(out.getHeight() > 20 + 2 * 12, "room for the captions");
        assertEquals(0xffffff, out.getRGB(0, 0) & 0xffffff, "white background");
        int blackPixels = 0;
        int captionDark = 0;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                if ((out.getRGB(x, y) & 0xffffff) == 0) {
                    if (y < 12 + 20) {
                        blackPixels++;
                    }
                }
                if (y > 12 + 20 && (out.getRGB(x, y) & 0xff) < 128) {
                    captionDark++;
                }
            }
        }
        assertEquals(20 * 20, blackPixels, "the 2 × 2 black image drawn 10 × larger");
        assertTrue(captionDark > 10, "caption text is drawn");
    }
}
