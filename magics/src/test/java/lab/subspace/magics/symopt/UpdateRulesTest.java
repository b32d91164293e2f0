package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.random.Rng;

class UpdateRulesTest {

    private static final double TOL = 1e-12;

    @Test
    void polarOfScaledDiagonalIsTheIdentityBlockAndPolarGradScalesByTheNuclearNorm() {
        DMatrixRMaj m = new DMatrixRMaj(4, 3);
        m.set(0, 0, 3);
        m.set(1, 1, 2);
        m.set(2, 2, 0.5);
        DMatrixRMaj expected = new DMatrixRMaj(4, 3);
        for (int i = 0; i < 3; i++) {
            expected.set(i, i, 1);
        }
        for (PolarMethod method : PolarMethod.values()) {
            assertTrue(Polar.relativeError(UpdateRules.polar(0, method).apply(m), expected) < TOL, method.name());
        }
        assertEquals(5.5, Polar.nuclearNorm(m), TOL);
        DMatrixRMaj scaled = expected.copy();
        CommonOps_DDRM.scale(5.5, scaled);
        assertTrue(Polar.relativeError(UpdateRules.polar(1).apply(m), scaled) < TOL);
        assertTrue(Polar.relativeError(UpdateRules.polarGrad().apply(m), scaled) < TOL);
    }

    @Test
    void polarFactorHasOrthonormalColumnsAndASymmetricPositiveCrossProduct() {
        DMatrixRMaj m = new Rng(4).gaussian(9, 5);
        DMatrixRMaj u = UpdateRules.muon().apply(m);
        DMatrixRMaj utu = CommonOps_DDRM.multTransA(u, u, null);
        assertTrue(maxAbsDiff(utu, CommonOps_DDRM.identity(5)) < 1e-12);
        // U^T M = (M^T M)^{1/2}: symmetric with positive eigenvalues (its trace is the nuclear norm)
        DMatrixRMaj h = CommonOps_DDRM.multTransA(u, m, null);
        assertTrue(maxAbsDiff(h, CommonOps_DDRM.transpose(h, null)) < 1e-12);
        assertEquals(Polar.nuclearNorm(m), CommonOps_DDRM.trace(h), 1e-10);
    }

    @Test
    void rowNormGivesUnitRowsAndKeepsZeroRowsAtZero() {
        DMatrixRMaj m = new Rng(5).gaussian(6, 4);
        for (int j = 0; j < 4; j++) {
            m.set(2, j, 0);
        }
        DMatrixRMaj u = UpdateRules.rowNorm().apply(m);
        for (int i = 0; i < 6; i++) {
            double norm = rowNorm(u, i);
            assertEquals(i == 2 ? 0 : 1, norm, 1e-7, "row " + i);
        }
        DMatrixRMaj c = UpdateRules.columnAware().apply(m);
        DMatrixRMaj ct = CommonOps_DDRM.transpose(c, null);
        for (int j = 0; j < 4; j++) {
            assertEquals(1, rowNorm(ct, j), 1e-7, "column " + j);
        }
    }

    @Test
    void hybridsComposeInTheirNamedOrder() {
        DMatrixRMaj m = new Rng(6).gaussian(10, 4);
        assertTrue(maxAbsDiff(UpdateRules.polarThenRow().apply(m), UpdateRules.rowNormalise(Polar.svd(m))) < TOL);
        assertTrue(maxAbsDiff(UpdateRules.rowThenPolar().apply(m), Polar.svd(UpdateRules.rowNormalise(m))) < TOL);
        // wide full-rank M: the polar factor already has orthonormal rows, so polar -> row-norm is plain polar
        DMatrixRMaj wide = new Rng(7).gaussian(3, 8);
        assertTrue(maxAbsDiff(UpdateRules.polarThenRow().apply(wide), Polar.svd(wide)) < 1e-7);
    }

    @Test
    void centredRulesIgnoreSharedShiftsAndLeftPolarRowsSumToZero() {
        Rng rng = new Rng(8);
        DMatrixRMaj m = rng.gaussian(5, 7);
        DMatrixRMaj shifted = m.copy();
        double[] c = rng.gaussianVector(7);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 7; j++) {
                shifted.add(i, j, 10 * c[j]);
            }
        }
        for (UpdateRule rule : new UpdateRule[] {UpdateRules.centredRowNorm(), UpdateRules.leftPolar()}) {
            assertTrue(maxAbsDiff(rule.apply(shifted), rule.apply(m)) < 1e-12);
        }
        DMatrixRMaj left = UpdateRules.leftPolar().apply(m);
        for (double mean : Centering.columnMeans(left)) {
            assertEquals(0, mean, 1e-14);
        }
        // the left polar factor of the centred M equals its SVD polar factor (rank 4: 1 is in its left null space)
        assertTrue(Polar.relativeError(left, Polar.svd(Centering.centerColumns(m))) < 1e-12);
        assertTrue(Polar.relativeError(UpdateRules.polar(0, PolarMethod.NEWTON_SCHULZ).apply(Centering.centerColumns(m)), left) < 1e-10);
    }

    @Test
    void rulesDoNotModifyTheirInput() {
        DMatrixRMaj m = new Rng(9).gaussian(6, 3);
        DMatrixRMaj before = m.copy();
        for (UpdateRule rule : new UpdateRule[] {UpdateRules.identity(), UpdateRules.muon(), UpdateRules.polar(1), UpdateRules.rowNorm(),
                UpdateRules.polarThenRow(), UpdateRules.rowThenPolar(), UpdateRules.columnAware(), UpdateRules.centredRowNorm(),
                UpdateRules.leftPolar()}) {
            DMatrixRMaj u = rule.apply(m);
            assertEquals(6, u.numRows);
            assertEquals(3, u.numCols);
            assertEquals(0, maxAbsDiff(m, before));
        }
    }

    @Test
    void misuseIsRejectedWithTheProblemNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UpdateRules.polar(Double.NaN)).getMessage().contains("alpha"));
        DMatrixRMaj bad = new DMatrixRMaj(3, 2);
        bad.set(1, 1, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> UpdateRules.muon().apply(bad));
        assertThrows(IllegalArgumentException.class, () -> Polar.svd(bad));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Polar.relativeError(new DMatrixRMaj(2, 3), new DMatrixRMaj(3, 2)))
                .getMessage().contains("3"));
    }

    static double maxAbsDiff(DMatrixRMaj a, DMatrixRMaj b) {
        double worst = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            worst = Math.max(worst, Math.abs(a.data[i] - b.data[i]));
        }
        return worst;
    }

    private static double rowNorm(DMatrixRMaj m, int i) {
        DMatrixRMaj row = CommonOps_DDRM.extractRow(m, i, null);
        return NormOps_DDRM.normF(row);
    }
}
