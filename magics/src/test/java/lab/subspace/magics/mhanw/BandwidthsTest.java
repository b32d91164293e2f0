package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class BandwidthsTest {

    @Test
    void aSmoothSignalGetsASmallBandwidthAndPureNoiseTheLargest() {
        Rng rng = new Rng(1);
        DMatrixRMaj x = rng.gaussian(300, 1);
        double[] signal = new double[300];
        double[] noise = rng.gaussianVector(300);
        for (int i = 0; i < 300; i++) {
            signal[i] = Math.sin(3 * x.get(i, 0));
        }
        Bandwidths.Choice s = Bandwidths.leaveOneOut(x, signal, new Rng(2));
        Bandwidths.Choice n = Bandwidths.leaveOneOut(x, noise, new Rng(2));
        double[] grid = s.grid();
        assertTrue(s.bandwidth() < grid[grid.length / 2], "signal bandwidth " + s.bandwidth());
        assertEquals(n.grid()[grid.length - 1], n.bandwidth(), 0);
        // the chosen point has the smallest error of the curve
        for (double e : s.error()) {
            assertTrue(e >= s.error()[java.util.Arrays.binarySearch(grid, s.bandwidth())]);
        }
    }

    @Test
    void misuseIsNamed() {
        assertThrows(IllegalArgumentException.class, () -> Bandwidths.leaveOneOut(new DMatrixRMaj(2, 1), new double[2], new Rng(0)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Bandwidths.leaveOneOut(new DMatrixRMaj(5, 2), new double[5], new Rng(0)))
                .getMessage().contains("coincide"));
    }
}
