package lab.subspace.magics.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PowerLawTest {

    @Test
    void spectraHaveUnitMeanPowerAndNoDc() {
        for (Grid g : new Grid[] {Grid.line(16), Grid.square(6)}) {
            for (double alpha : new double[] {0, 0.5, 1, 2}) {
                double[] a = PowerLaw.amplitudes(g, alpha);
                assertEquals(0, a[0], 0);
                assertEquals(1, Arrays.stream(a).map(v -> v * v).average().orElseThrow(), 1e-12);
            }
        }
    }

    @Test
    void whiteIsFlatAndPowerLawsFollowTheRadius() {
        Grid g = Grid.line(16);
        double[] white = PowerLaw.amplitudes(g, 0);
        for (int k = 1; k < 16; k++) {
            assertEquals(white[1], white[k], 1e-12);
        }
        double[] a = PowerLaw.amplitudes(g, 1.5);
        assertEquals(Math.pow(4.0 / 1.0, -1.5), a[4] / a[1], 1e-12);
        assertEquals(a[3], a[13], 1e-12);
        assertTrue(a[1] > a[2] && a[2] > a[8]);
    }

    @Test
    void negativeAlphaIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PowerLaw.amplitudes(Grid.line(8), -1));
        assertTrue(e.getMessage().contains("-1"));
    }
}
