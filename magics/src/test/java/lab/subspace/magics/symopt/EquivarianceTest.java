package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class EquivarianceTest {

    @Test
    void everyBuiltInRuleIsExactUnderItsOwnGroupAndBrokenUnderTheOthers() {
        EquivarianceTable t = Equivariance.table(Equivariance.builtIns(), List.of(Group.values()), 9, 5, 2, 2, null, 21L);
        assertTrue(t.worstEquivariant() < Equivariance.EXACT, "worst designed error " + t.worstEquivariant());
        assertTrue(t.smallestBroken() > Equivariance.BROKEN, "smallest undesigned error " + t.smallestBroken());
        assertTrue(t.matchesDesign());
        assertEquals(0, t.error("AdamW", Group.COORDINATE_PERMUTATION), 1e-15);
        assertTrue(t.error("AdamW", Group.ORTHOGONAL) > 0.1);
        assertTrue(t.error("left polar (centred)", Group.ROUTER) < Equivariance.EXACT);
        assertTrue(t.error("Muon polar (Newton-Schulz)", Group.SHIFT) > 0.1);
        assertEquals(Equivariance.builtIns().size(), t.table().rowCount());
        assertEquals(1, t.heatmap().getTraces().length);
    }

    @Test
    void singleStepErrorOfAUserRuleFollowsItsSymmetry() {
        Rng rng = new Rng(22);
        DMatrixRMaj g = rng.gaussian(7, 4);
        UpdateRule normalised = m -> {
            DMatrixRMaj u = m.copy();
            CommonOps_DDRM.scale(1 / NormOps_DDRM.normF(m), u);
            return u;
        };
        UpdateRule sign = m -> {
            DMatrixRMaj u = m.copy();
            for (int k = 0; k < u.data.length; k++) {
                u.data[k] = Math.signum(u.data[k]);
            }
            return u;
        };
        assertTrue(Equivariance.error(normalised, Group.ORTHOGONAL.sample(7, 4, rng), g) < 1e-14);
        assertTrue(Equivariance.error(normalised, Group.SHIFT.sample(7, 4, rng), g) > 0.1);
        assertEquals(0, Equivariance.error(sign, Group.COORDINATE_PERMUTATION.sample(7, 4, rng), g), 0);
        assertTrue(Equivariance.error(sign, Group.ROW_PERMUTATION.sample(7, 4, rng), g) > 0.1);
        Candidate mine = Candidate.of("mine", normalised);
        assertNull(mine.own());
        assertNull(mine.expectedEquivariant(Group.ORTHOGONAL));
    }

    @Test
    void groupContainmentMatchesTheSampledElements() {
        for (Group g : Group.values()) {
            assertTrue(g.contains(g));
            assertTrue(!g.contains(Group.ORTHOGONAL) || g == Group.ORTHOGONAL);
        }
        assertTrue(Group.ORTHOGONAL.contains(Group.ROW_PERMUTATION));
        assertTrue(Group.ROUTER.contains(Group.SHIFT));
        assertFalse(Group.ROW_PERMUTATION.contains(Group.COLUMN_PERMUTATION));
        Rng rng = new Rng(23);
        GroupAction a = Group.ROW_PERMUTATION.sample(5, 3, rng);
        // a permutation matrix: one 1 per row and column
        DMatrixRMaj l = a.left();
        for (int i = 0; i < 5; i++) {
            assertEquals(1, CommonOps_DDRM.sumRows(l, null).get(i), 0);
            assertEquals(1, CommonOps_DDRM.elementMaxAbs(CommonOps_DDRM.extractRow(l, i, null)), 0);
        }
        assertArrayEquals(new double[3], a.shift());
        GroupAction shift = Group.SHIFT.sample(5, 3, rng);
        DMatrixRMaj zero = new DMatrixRMaj(5, 3);
        DMatrixRMaj moved = shift.onGradient(zero);
        assertEquals(shift.shift()[1], moved.get(4, 1), 0);
        assertEquals(0, CommonOps_DDRM.elementMaxAbs(shift.onUpdate(zero)), 0);
    }

    @Test
    void sameSeedGivesTheSameTable() {
        List<Candidate> c = List.of(Candidate.adamW(), Candidate.of("row-norm", "D^{-1} M", Group.ROW_PERMUTATION, UpdateRules.rowNorm()));
        double[][] a = Equivariance.table(c, List.of(Group.values()), 6, 4, 2, 2, null, 5L).errors();
        double[][] b = Equivariance.table(c, List.of(Group.values()), 6, 4, 2, 2, null, 5L).errors();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], 0);
        }
    }

    @Test
    void yourGradientIsUsedAsAOneStepTrajectory() {
        DMatrixRMaj g = new Rng(24).gaussian(6, 3);
        EquivarianceTable t = Equivariance.table(List.of(Candidate.of("row-norm", "", Group.ROW_PERMUTATION, UpdateRules.rowNorm())),
                List.of(Group.ROW_PERMUTATION, Group.ORTHOGONAL), 0, 0, 1, 2, g, 1L);
        assertEquals(6, t.rows());
        assertEquals(3, t.cols());
        assertEquals(1, t.steps());
        assertTrue(t.matchesDesign());
    }

    @Test
    void misuseIsRejected() {
        List<Group> groups = List.of(Group.ORTHOGONAL);
        assertThrows(IllegalArgumentException.class, () -> Equivariance.table(List.of(), groups, 4, 4, 1, 1, null, 0L));
        assertThrows(IllegalArgumentException.class, () -> Equivariance.table(Equivariance.builtIns(), groups, 4, 4, 0, 1, null, 0L));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Equivariance.table(Equivariance.builtIns(), groups, 1, 4, 1, 1, null, 0L))
                .getMessage().contains("1 x 4"));
        GroupAction a = Group.ORTHOGONAL.sample(3, 2, new Rng(1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> a.onGradient(new DMatrixRMaj(2, 3))).getMessage().contains("2 x 3"));
        DMatrixRMaj bad = new DMatrixRMaj(3, 2);
        bad.set(0, 0, Double.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> Equivariance.error(UpdateRules.rowNorm(), a, bad));
        assertThrows(IllegalArgumentException.class, () -> Equivariance.error(Candidate.adamW().optimizer(), a, List.of()));
    }
}
