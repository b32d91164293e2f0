package lab.subspace.magics.featlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class SpikedCovarianceTest {

    @Test
    void fitRecoversAnExactSpikedMatrix() {
        double[] v = new Rng(9).unitVector(8);
        SpikedCovariance c = SpikedCovariance.of(0.3, 2.5, v);
        SpikedCovariance fit = SpikedCovariance.fit(c.matrix());
        assertEquals(0.3, fit.bulk(), 1e-12);
        assertEquals(2.5, fit.spike(), 1e-12);
        assertEquals(1, fit.cosine(v), 1e-12);
        assertEquals(2.8 / 0.3, fit.outlierRatio(), 1e-9);
    }

    @Test
    void isotropicKeepsTheTrace() {
        SpikedCovariance c = SpikedCovariance.of(0.2, 1.0, new double[] {3, 4, 0, 0});
        SpikedCovariance iso = c.isotropic();
        double trace = 0;
        double isoTrace = 0;
        for (int i = 0; i < 4; i++) {
            trace += c.matrix().get(i, i);
            isoTrace += iso.matrix().get(i, i);
        }
        assertEquals(trace, isoTrace, 1e-12);
        assertEquals(0.6, c.direction()[0], 1e-15);
    }

    @Test
    void validation() {
        assertThrows(IllegalArgumentException.class, () -> new SpikedCovariance(1, 1, new double[] {1, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> SpikedCovariance.of(1, -1, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> SpikedCovariance.of(0, 1, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> SpikedCovariance.of(1, 1, new double[] {0, 0}));
        var e = assertThrows(IllegalArgumentException.class,
                () -> SpikedCovariance.fit(new DMatrixRMaj(new double[][] {{1, 2}, {0, 1}})));
        assertTrue(e.getMessage().contains("not symmetric"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SpikedCovariance.of(1, 1, new double[] {1, 0}).cosine(new double[3]));
    }
}
