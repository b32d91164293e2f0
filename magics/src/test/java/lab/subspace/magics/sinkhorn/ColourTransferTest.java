package lab.subspace.magics.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Colour transfer: the exact plan is the reference, SROT follows it more closely than EOT. */
class ColourTransferTest {

    private static final Picture SUNSET = GeneratedPictures.sunset(24, 18, 1L);
    private static final Picture MEADOW = GeneratedPictures.meadow(24, 18, 2L);
    private static final ColourTransferReport REPORT = ColourTransfer.run(SUNSET, MEADOW, 150,
            OtSettings.defaults().withEps(0.03).withSlices(50).withSeed(3L));

    @Test
    void srotTransferIsCloserToTheExactOneThanEotAndSot() {
        double eot = REPORT.distanceToExact().get(OtMethod.EOT);
        double srot = REPORT.distanceToExact().get(OtMethod.SROT);
        double sot = REPORT.distanceToExact().get(OtMethod.SOT);
        assertEquals(0, REPORT.distanceToExact().get(OtMethod.EXACT));
        assertTrue(srot < eot && srot < sot, "SROT " + srot + ", EOT " + eot + ", SOT " + sot);
        assertTrue(REPORT.plans().run(OtMethod.SROT).relativeError() < REPORT.plans().run(OtMethod.EOT).relativeError());
    }

    @Test
    void exactTransferOfAPictureOntoItselfChangesNothing() {
        ColourTransferReport self = ColourTransfer.run(SUNSET, SUNSET, SUNSET.pixels().numRows,
                OtSettings.defaults().withEps(0.03).withSlices(10));
        assertArrayEquals(SUNSET.pixels().data, self.transferred().get(OtMethod.EXACT).pixels().data, 1e-12);
    }

    @Test
    void transferredPicturesKeepTheShapeAndTheColourRange() {
        for (Picture p : REPORT.transferred().values()) {
            assertEquals(SUNSET.width(), p.width());
            assertEquals(SUNSET.height(), p.height());
            for (double v : p.pixels().data) {
                assertTrue(v >= 0 && v <= 1);
            }
        }
        BufferedImage img = SUNSET.toImage();
        assertEquals(24, img.getWidth());
        assertEquals(18, img.getHeight());
    }

    @Test
    void sameSeedSameColours() {
        ColourTransferReport again = ColourTransfer.run(SUNSET, MEADOW, 150, OtSettings.defaults().withEps(0.03).withSlices(50).withSeed(3L));
        assertArrayEquals(REPORT.transferred().get(OtMethod.SROT).pixels().data, again.transferred().get(OtMethod.SROT).pixels().data);
        assertArrayEquals(GeneratedPictures.meadow(24, 18, 2L).pixels().data, MEADOW.pixels().data);
    }

    @Test
    void picturesAndSampleCountsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Picture(new DMatrixRMaj(10, 2), 5));
        assertThrows(IllegalArgumentException.class, () -> new Picture(new DMatrixRMaj(10, 3), 3));
        DMatrixRMaj bright = new DMatrixRMaj(4, 3);
        bright.set(2, 1, 255);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Picture(bright, 2));
        assertTrue(e.getMessage().contains("divide 8-bit images by 255"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ColourTransfer.run(SUNSET, MEADOW, 1, OtSettings.defaults()));
        assertThrows(IllegalArgumentException.class, () -> ColourTransfer.run(SUNSET, MEADOW, 10_000, OtSettings.defaults()));
    }
}
