package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;

class HeadDiversityTest {

    private static List<DMatrixRMaj> blocks(DMatrixRMaj rotation, int heads, int k) {
        List<DMatrixRMaj> out = new ArrayList<>();
        for (int h = 0; h < heads; h++) {
            out.add(CommonOps_DDRM.extract(rotation, 0, rotation.numRows, h * k, (h + 1) * k));
        }
        return out;
    }

    @Test
    void identicalHeadsHaveZeroDiversityAndOrthogonalHeadsOne() {
        DMatrixRMaj rot = new Rng(1).orthogonal(12);
        List<DMatrixRMaj> orthogonal = blocks(rot, 4, 3);
        LayerDiversity o = HeadDiversity.analyze("orthogonal", orthogonal);
        assertEquals(1, o.hdi(), 1e-12);
        for (HeadPair p : o.pairs()) {
            assertArrayEquals(new double[] {90, 90, 90}, p.anglesDegrees(), 1e-6);
            assertEquals(0, p.overlap(), 1e-12);
        }
        LayerDiversity same = HeadDiversity.analyze("identical", Collections.nCopies(4, orthogonal.get(0)));
        assertEquals(0, same.hdi(), 1e-12);
        assertEquals(6, same.pairs().size());
        assertArrayEquals(new double[] {0, 0, 0}, same.pair(1, 3).anglesDegrees(), 1e-5);
    }

    @Test
    void anglesAgreeWithSubspacesPrincipalAnglesAndHdiWithTheFrobeniusFormula() {
        Rng rng = new Rng(2);
        List<DMatrixRMaj> heads = List.of(rng.orthonormal(10, 3), rng.orthonormal(10, 3), rng.orthonormal(10, 3));
        LayerDiversity d = HeadDiversity.analyze("random", heads);
        double sum = 0;
        for (int h = 0; h < 3; h++) {
            for (int g = h + 1; g < 3; g++) {
                assertArrayEquals(Subspaces.principalAngles(heads.get(h), heads.get(g)), d.pair(h, g).angles(), 1e-7);
                double f = CommonOps_DDRM.elementSum(elementSquare(CommonOps_DDRM.multTransA(heads.get(h), heads.get(g), null)));
                sum += f;
                assertEquals(f / 3, d.pair(g, h).overlap(), 1e-12);
            }
        }
        // HDI = 1 - 2 / (H (H-1) d_k) sum_{h<h'} |Q_h^T Q_h'|_F^2
        assertEquals(1 - 2.0 / (3 * 2 * 3) * sum, d.hdi(), 1e-12);
        assertEquals(1 - 3.0 / 10, d.randomHdi(), 1e-15);
    }

    private static DMatrixRMaj elementSquare(DMatrixRMaj m) {
        DMatrixRMaj out = m.copy();
        CommonOps_DDRM.elementMult(out, m);
        return out;
    }

    @Test
    void rotationPathHasTheClosedFormDiversity() {
        DMatrixRMaj rot = new Rng(3).orthogonal(20);
        List<DMatrixRMaj> all = blocks(rot, 5, 4);
        for (double hdi : new double[] {0, 0.3, 0.75, 1}) {
            double angle = RotationSweep.angleForDiversity(hdi);
            List<DMatrixRMaj> path = RotationSweep.path(all.get(0), all.subList(1, 5), angle);
            assertEquals(RotationSweep.pathDiversity(angle), HeadDiversity.index(path), 1e-12);
            assertEquals(hdi, HeadDiversity.index(path), 1e-12);
            // every principal cosine of every pair is cos^2(angle)
            double c2 = Math.cos(angle) * Math.cos(angle);
            assertArrayEquals(new double[] {c2, c2, c2, c2}, HeadDiversity.analyze("p", path).pair(0, 3).cosines(), 1e-12);
        }
    }

    @Test
    void diversityIsInvariantToACommonRotationAndToTheBasisInsideEachHead() {
        Rng rng = new Rng(4);
        List<DMatrixRMaj> heads = List.of(rng.orthonormal(8, 2), rng.orthonormal(8, 2), rng.orthonormal(8, 2), rng.orthonormal(8, 2));
        double hdi = HeadDiversity.index(heads);
        DMatrixRMaj common = rng.orthogonal(8);
        List<DMatrixRMaj> rotated = new ArrayList<>();
        for (DMatrixRMaj q : heads) {
            rotated.add(CommonOps_DDRM.mult(CommonOps_DDRM.mult(common, q, null), rng.orthogonal(2), null));
        }
        assertEquals(hdi, HeadDiversity.index(rotated), 1e-12);
    }

    @Test
    void headBasesSpanEachHeadsColumnsWhateverTheirScale() {
        Rng rng = new Rng(5);
        DMatrixRMaj rot = rng.orthogonal(16);
        List<DMatrixRMaj> truth = List.of(rng.orthonormal(16, 4), rng.orthonormal(16, 4), rng.orthonormal(16, 4));
        DMatrixRMaj w = new DMatrixRMaj(16, 12);
        for (int h = 0; h < 3; h++) {
            // W_h = Q_h M_h with an invertible M_h: same subspace, arbitrary scale
            CommonOps_DDRM.insert(CommonOps_DDRM.mult(truth.get(h), rng.gaussian(4, 4), null), w, 0, 4 * h);
        }
        LayerDiversity layer = HeadDiversity.ofProjection("W", w, 3);
        assertEquals(HeadDiversity.index(truth), layer.hdi(), 1e-9);
        assertArrayEquals(new int[] {4, 4, 4}, layer.ranks());
        assertEquals(1, HeadDiversity.index(blocks(rot, 3, 4)), 1e-12);
    }

    @Test
    void rankDeficientHeadsKeepTheirTrueDimension() {
        Rng rng = new Rng(6);
        DMatrixRMaj w = rng.gaussian(10, 6);
        for (int i = 0; i < 10; i++) {
            w.set(i, 2, 2 * w.get(i, 1)); // head 0 = columns 0..2 has rank 2
        }
        LayerDiversity layer = HeadDiversity.ofProjection("W", w, 2);
        assertArrayEquals(new int[] {2, 3}, layer.ranks());
        assertEquals(2, layer.pair(0, 1).cosines().length);
        // a 2-dim subspace inside a 3-dim one: overlap 1, angles 0
        DMatrixRMaj nested = new DMatrixRMaj(10, 6);
        DMatrixRMaj q = rng.orthonormal(10, 3);
        CommonOps_DDRM.insert(CommonOps_DDRM.extract(q, 0, 10, 0, 2), nested, 0, 0);
        CommonOps_DDRM.insert(q, nested, 0, 3);
        assertEquals(0, HeadDiversity.ofProjection("nested", nested, 2).hdi(), 1e-9);
    }

    @Test
    void randomSubspacesAverageTheReferenceDiversity() {
        Rng rng = new Rng(7);
        double sum = 0;
        int trials = 300;
        for (int t = 0; t < trials; t++) {
            sum += HeadDiversity.index(List.of(rng.orthonormal(12, 3), rng.orthonormal(12, 3)));
        }
        assertEquals(HeadDiversity.randomIndex(12, 3), sum / trials, 0.01);
    }

    @Test
    void misuseIsNamed() {
        Rng rng = new Rng(8);
        DMatrixRMaj q = rng.orthonormal(6, 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeadDiversity.analyze("x", List.of(q))).getMessage()
                .contains("at least 2 heads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeadDiversity.analyze("x", List.of(q, rng.orthonormal(7, 2))))
                .getMessage().contains("R^6"));
        DMatrixRMaj notOrthonormal = rng.gaussian(6, 2);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeadDiversity.analyze("x", List.of(q, notOrthonormal)))
                .getMessage().contains("head 1 does not have orthonormal columns"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeadDiversity.headBases(rng.gaussian(6, 7), 2)).getMessage()
                .contains("do not split into 2 heads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeadDiversity.headBases(new DMatrixRMaj(6, 4), 2)).getMessage()
                .contains("head 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HeadDiversity.headBases(rng.gaussian(3, 8), 2)).getMessage()
                .contains("transposed"));
        assertThrows(IllegalArgumentException.class, () -> HeadDiversity.randomIndex(4, 5));
        LayerDiversity layer = HeadDiversity.analyze("x", List.of(q, q));
        assertThrows(IllegalArgumentException.class, () -> layer.pair(0, 0));
    }

    @Test
    void aReportShowsTheLeastDiverseLayerUnlessToldOtherwise() {
        Rng rng = new Rng(10);
        DMatrixRMaj random = rng.gaussian(12, 12);
        DMatrixRMaj shared = rng.gaussian(12, 4);
        DMatrixRMaj redundant = new DMatrixRMaj(12, 12);
        for (int h = 0; h < 3; h++) {
            DMatrixRMaj own = rng.gaussian(12, 4);
            CommonOps_DDRM.add(0.9, shared, 0.1, own, own);
            CommonOps_DDRM.insert(own, redundant, 0, 4 * h);
        }
        DiversityReport r = DiversityReport.analyze(List.of("a", "b"), List.of(random, redundant), List.of(random, random), 3, null);
        assertEquals(1, r.shown());
        assertTrue(r.hdi()[1] < 0.2 && r.hdi()[0] > 0.5, java.util.Arrays.toString(r.hdi()));
        assertEquals(r.hdi()[0], r.keys().get(1).hdi(), 1e-12);
        assertEquals(0, DiversityReport.analyze(List.of("a", "b"), List.of(random, redundant), List.of(), 3, 0).shown());
        assertThrows(IllegalArgumentException.class, () -> DiversityReport.analyze(List.of("a"), List.of(random, redundant), List.of(), 3, null));
        assertThrows(IllegalArgumentException.class, () -> new DiversityReport(List.of("a"), List.of(r.queries().get(0)), List.of(), 1));
    }

    @Test
    void pairsAreIndexedByTheirHeads() {
        Rng rng = new Rng(9);
        List<DMatrixRMaj> heads = new ArrayList<>();
        for (int h = 0; h < 5; h++) {
            heads.add(rng.orthonormal(9, 2));
        }
        LayerDiversity d = HeadDiversity.analyze("x", heads);
        for (int h = 0; h < 5; h++) {
            for (int g = 0; g < 5; g++) {
                if (h != g) {
                    HeadPair p = d.pair(h, g);
                    assertEquals(Math.min(h, g), p.first());
                    assertEquals(Math.max(h, g), p.second());
                    assertEquals(d.overlap()[h][g], p.overlap(), 0);
                }
            }
        }
    }
}
