package lab.subspace.magics.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class SpectralGapTest {

    @Test
    void closedFormWithZeroReference() {
        DMatrixRMaj mh = Planted.diagonal(6, 10, 4, 2, 1);
        GapDiagnostic g = SpectralGap.of(mh, new DMatrixRMaj(6, 10), 0.05, 2);
        // s_2(S)^2 = 4, energy 21
        assertEquals(4, g.srSquared(), 1e-12);
        assertEquals(21, g.energy(), 1e-12);
        assertEquals(4 / (0.05 * 21), g.kappaLb(), 1e-12);
        assertEquals(2 / (0.05 * 2), g.bound(), 1e-12);
        assertTrue(g.hypothesisHolds());
        assertTrue(g.boundHolds());
    }

    @Test
    void boundIsAttainedByOppositeFlatShifts() {
        // M^u = -M^h with r equal singular values: s_r(S)^2 = 4 s^2 and the energy is 2 r s^2
        int r = 5;
        double[] s = {1.5, 1.5, 1.5, 1.5, 1.5};
        DMatrixRMaj mh = Planted.withSingularValues(30, 40, s, 3);
        DMatrixRMaj mu = mh.copy();
        CommonOps_DDRM.scale(-1, mu);
        GapDiagnostic g = SpectralGap.of(mh, mu, 0.1, r);
        assertEquals(g.bound(), g.kappaLb(), 1e-9 * g.bound());
        assertEquals(2 / (0.1 * r), g.bound(), 1e-15);
        // the default r is rank_eps(M^h) = 5 here
        assertEquals(r, SpectralGap.of(mh, mu, 0.1).r());
    }

    @Test
    void boundHoldsOnRandomPairsAndHypothesisFailsBeyondTwoOverEps() {
        Rng rng = new Rng(8);
        for (int t = 0; t < 30; t++) {
            DMatrixRMaj mh = rng.gaussian(25, 60, rng.uniform(0.1, 3));
            DMatrixRMaj mu = rng.gaussian(25, 60, rng.uniform(0.1, 3));
            GapDiagnostic g = SpectralGap.of(mh, mu, 0.05);
            assertTrue(g.kappaLb() <= g.bound() * (1 + 1e-12), "pair " + t);
            assertTrue(g.boundHolds());
            if (g.r() > 2 / 0.05) {
                assertFalse(g.hypothesisHolds());
            }
        }
    }

    @Test
    void layerPairsCoverEveryOrderedPairOnce() {
        Rng rng = new Rng(9);
        List<DMatrixRMaj> layers = new ArrayList<>();
        for (int l = 0; l < 4; l++) {
            layers.add(Planted.withSingularValues(20, 30, Planted.range(6, 2 + l, 0.6), 20 + l));
        }
        List<SpectralGap.LayerPair> pairs = SpectralGap.pairs(layers, 0.05);
        assertEquals(12, pairs.size());
        for (SpectralGap.LayerPair p : pairs) {
            GapDiagnostic direct = SpectralGap.of(layers.get(p.layer()), layers.get(p.reference()), 0.05);
            assertEquals(direct.r(), p.gap().r());
            assertEquals(direct.kappaLb(), p.gap().kappaLb(), 1e-9 * direct.kappaLb());
            assertTrue(p.layer() != p.reference());
        }
        assertEquals(0, pairs.get(0).layer());
        assertEquals(1, pairs.get(0).reference());
        assertTrue(rng.uniform() >= 0);
    }

    @Test
    void validation() {
        DMatrixRMaj a = new DMatrixRMaj(3, 4);
        a.set(0, 0, 1);
        assertEquals("M^h is 3 x 4 but M^u is 3 x 5", assertThrows(IllegalArgumentException.class,
                () -> SpectralGap.of(a, new DMatrixRMaj(3, 5), 0.05, 1)).getMessage());
        assertEquals("r must be in [1, 3] for 3 x 4 shifts but is 4", assertThrows(IllegalArgumentException.class,
                () -> SpectralGap.of(a, a, 0.05, 4)).getMessage());
        assertEquals("eps must be in (0, 1) but is 0.0", assertThrows(IllegalArgumentException.class,
                () -> SpectralGap.of(a, a, 0, 1)).getMessage());
        assertEquals("M^h and M^u are both zero: kappa_lb is undefined", assertThrows(IllegalArgumentException.class,
                () -> SpectralGap.of(new DMatrixRMaj(3, 4), new DMatrixRMaj(3, 4), 0.05, 1)).getMessage());
    }
}
