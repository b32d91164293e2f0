package lab.subspace.magics.game;

import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.linalg.Subspaces;

class GroupedLowRankTest {

    static int rank(DMatrixRMaj m) {
        double[] s = Spectra.spectrum(m, Spectra.Method.SVD).values();
        int r = 0;
        while (r < s.length && s[r] > 1e-9 * s[0]) {
            r++;
        }
        return r;
    }

    @Test
    void distinctDesignHasRankRPerGroupAndKTimesRMinusOneOverall() {
        SyntheticData d = GroupedLowRank.sample(SyntheticSpec.paper(), 1);
        assertEquals(8, rank(d.truth()));
        for (int g = 0; g < 4; g++) {
            DMatrixRMaj block = RowOps.select(d.truth(), d.groups().members(g));
            assertEquals(3, rank(block), "group " + g);
            // the true basis spans the block's rows
            DMatrixRMaj residual = Subspaces.residual(block, d.bases().get(g));
            assertTrue(lab.subspace.numerics.linalg.RowOps.norms(residual)[0] < 1e-9);
        }
        // consecutive groups share exactly one direction
        double[] angles = Subspaces.principalAngles(d.bases().get(0), d.bases().get(1));
        assertEquals(0, angles[0], 1e-7);
        assertEquals(Math.PI / 2, angles[1], 1e-7);
        assertEquals(1.0, mean2(d.truth()), 0.25);
    }

    @Test
    void sharedDesignHasRankROverall() {
        SyntheticData d = GroupedLowRank.sample(SyntheticSpec.paper().withShared(true), 1);
        assertEquals(3, rank(d.truth()));
        assertEquals(0, Subspaces.sinThetaDistance(d.bases().get(0), d.bases().get(3)), 1e-12);
    }

    @Test
    void samplingRatesAndNestedMasks() {
        SyntheticSpec spec = SyntheticSpec.paper();
        SyntheticData sparse = GroupedLowRank.sample(spec, 2);
        SyntheticData denser = GroupedLowRank.sample(spec.withSparseRate(0.2), 2);
        assertArrayEquals(sparse.truth().data, denser.truth().data, 0);
        int[] g0 = sparse.groups().members(0);
        int[] g2 = sparse.groups().members(2);
        assertEquals(0.05, fraction(sparse, g0), 0.02);
        assertEquals(0.4, fraction(sparse, g2), 0.03);
        assertEquals(0.2, fraction(denser, g0), 0.03);
        for (int k = 0; k < sparse.observed().mask().data.length; k++) {
            if (sparse.observed().mask().data[k] != 0) {
                assertEquals(1, denser.observed().mask().data[k], "masks must be nested");
                assertEquals(sparse.observed().values().data[k], denser.observed().values().data[k], 0);
            }
        }
        double noise = 0;
        for (int k = 0; k < sparse.truth().data.length; k++) {
            if (sparse.observed().mask().data[k] != 0) {
                double e = sparse.observed().values().data[k] - sparse.truth().data[k];
                noise += e * e;
            }
        }
        assertEquals(0.1, Math.sqrt(noise / sparse.observed().observed()), 0.01);
        assertArrayEquals(sparse.observed().values().data, GroupedLowRank.sample(spec, 2).observed().values().data, 0);
    }

    @Test
    void specValidation() {
        assertTrue(message(() -> SyntheticSpec.paper().withRank(1)).contains("rank >= 2"));
        assertTrue(message(() -> SyntheticSpec.paper().withSize(200, 5)).contains("needs 8 orthogonal directions but p = 5"));
        assertTrue(message(() -> SyntheticSpec.paper().withSparseGroup(4)).contains("sparseGroup"));
        assertTrue(message(() -> SyntheticSpec.paper().withSparseRate(0)).contains("sparseRate must be in (0, 1]"));
        assertTrue(message(() -> SyntheticSpec.paper().withSigma(-1)).contains("sigma"));
    }

    private static double fraction(SyntheticData d, int[] rows) {
        double s = 0;
        for (int i : rows) {
            for (int j = 0; j < d.spec().cols(); j++) {
                s += d.observed().mask().get(i, j);
            }
        }
        return s / (rows.length * d.spec().cols());
    }

    private static double mean2(DMatrixRMaj m) {
        double s = 0;
        for (double v : m.data) {
            s += v * v;
        }
        return s / m.data.length;
    }
}
