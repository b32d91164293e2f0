package lab.subspace.magics.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Centering;
import lab.subspace.numerics.linalg.RowOps;
import lab.subspace.numerics.linalg.Spectra;
import lab.subspace.numerics.random.Rng;

class AuditTest {

    /** Small synthetic model: 5 layers, d = 128, 48 prompts per set (layer 3 is the refusal peak). */
    private static final SyntheticActivations.Model MODEL = SyntheticActivations.generate(5, 128, 48, 21);
    private static final int PEAK = 3;

    @Test
    void variantsAreTheDocumentedDifferences() {
        ActivationSets s = MODEL.layers().sets().get(1);
        Map<ShiftVariant, DMatrixRMaj> v = s.variants();
        assertEquals(List.of(ShiftVariant.NAIVE, ShiftVariant.TEMPLATE, ShiftVariant.ALIGNED, ShiftVariant.DID),
                List.copyOf(v.keySet()));
        int[] ds = s.safety();
        int[] dc = s.control();
        DMatrixRMaj naive = RowOps.select(CommonOps_DDRM.subtract(s.templateAligned(), s.base(), null), ds);
        DMatrixRMaj template = RowOps.select(CommonOps_DDRM.subtract(s.templateAligned(), s.templateBase(), null), ds);
        DMatrixRMaj aligned = RowOps.select(CommonOps_DDRM.subtract(s.templateAligned(), s.aligned(), null), ds);
        assertArrayEquals(naive.data, v.get(ShiftVariant.NAIVE).data, 0);
        assertArrayEquals(template.data, v.get(ShiftVariant.TEMPLATE).data, 0);
        assertArrayEquals(aligned.data, v.get(ShiftVariant.ALIGNED).data, 0);
        // DiD: safety rows minus the control rows' mean shift; its column means are the mean difference
        DMatrixRMaj controlShift = RowOps.select(CommonOps_DDRM.subtract(s.templateAligned(), s.templateBase(), null), dc);
        double[] expected = Centering.columnMeans(template);
        double[] mc = Centering.columnMeans(controlShift);
        double[] got = Centering.columnMeans(v.get(ShiftVariant.DID));
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j] - mc[j], got[j], 1e-12);
        }
        // without templates: the plain shift
        Map<ShiftVariant, DMatrixRMaj> plain = ActivationSets.of(s.base(), s.aligned()).variants();
        assertEquals(List.of(ShiftVariant.SHIFT), List.copyOf(plain.keySet()));
        assertEquals(s.prompts(), plain.get(ShiftVariant.SHIFT).numRows);
    }

    @Test
    void templateConfoundInflatesTheNaiveRank() {
        for (int l = 0; l < 5; l++) {
            AuditReport r = Audit.run(MODEL.layers().sets().get(l), AuditOptions.defaults());
            int naive = r.variant(ShiftVariant.NAIVE).uncentered().rankEps();
            int template = r.variant(ShiftVariant.TEMPLATE).uncentered().rankEps();
            assertTrue(naive >= 2 * template, "layer " + l + ": naive " + naive + " vs template " + template);
        }
    }

    @Test
    void didRecoversThePlantedRefusalDirection() {
        AuditReport r = Audit.run(MODEL.layers().sets().get(PEAK), AuditOptions.defaults());
        DMatrixRMaj did = MODEL.layers().sets().get(PEAK).differenceInDifferences();
        double[] v1 = Spectra.top(did, 1).rightVector(0);
        double cos = Math.abs(dot(v1, MODEL.refusal().get(PEAK)));
        assertTrue(cos > 0.99, "|cos(v1, planted)| = " + cos);
        // against the difference-of-means estimate, as on real data
        assertTrue(r.variant(ShiftVariant.DID).leadingCosine() > 0.9, "|cos(v1, estimate)| = "
                + r.variant(ShiftVariant.DID).leadingCosine());
        assertEquals(1, dot(r.refusalDirection(), r.refusalDirection()), 1e-12);
    }

    @Test
    void centeredRankIsSeveralTimesTheUncentered() {
        AuditReport r = Audit.run(MODEL.layers().sets().get(PEAK), AuditOptions.defaults());
        VariantAudit t = r.variant(ShiftVariant.TEMPLATE);
        assertTrue(t.centeringRatio() >= 3, "centered " + t.centered().rankEps() + " vs " + t.uncentered().rankEps());
    }

    @Test
    void ablatingTheLeadingDirectionRemovesTheRefusalProjection() {
        AuditReport r = Audit.run(MODEL.layers().sets().get(PEAK), AuditOptions.defaults().ablate(0, 1, 3).randomDraws(8));
        AblationCurve c = r.ablation();
        assertEquals(ShiftVariant.DID, r.ablated());
        assertEquals("mean projection on the refusal direction", r.downstream());
        assertTrue(c.topAt(1) < 0.3 * c.topAt(0), "top-1 " + c.topAt(1) + " vs " + c.topAt(0));
        assertTrue(c.randomAt(1) > 0.9 * c.topAt(0), "random-1 " + c.randomAt(1) + " vs " + c.topAt(0));
        // a user function is applied as given
        AuditReport u = Audit.run(MODEL.layers().sets().get(PEAK),
                AuditOptions.defaults().ablate(0, 2).downstream(h -> h.numRows));
        assertArrayEquals(new double[] {48, 48}, u.ablation().top(), 0);
        assertEquals("user function", u.downstream());
    }

    @Test
    void seededAuditIsDeterministic() {
        AuditOptions o = AuditOptions.defaults().bootstrap(20).ablate(0, 1, 2).randomDraws(3).seed(5);
        AuditReport a = Audit.run(MODEL.layers().sets().get(2), o);
        AuditReport b = Audit.run(MODEL.layers().sets().get(2), o);
        for (int i = 0; i < a.variants().size(); i++) {
            assertEquals(a.variants().get(i).interval(), b.variants().get(i).interval());
        }
        assertArrayEquals(a.ablation().randomMean(), b.ablation().randomMean(), 0);
        assertNotNull(a.variant(ShiftVariant.TEMPLATE).gap());
        assertNull(a.variant(ShiftVariant.DID).gap());
    }

    @Test
    void layersReportRhoAndGapPairs() {
        LayerReport r = Audit.layers(MODEL.layers(), AuditOptions.defaults());
        assertEquals(ShiftVariant.DID, r.primary());
        assertEquals(5, r.rho().length);
        assertEquals(20, r.gaps().size());
        assertTrue(r.gaps().stream().allMatch(p -> p.gap().boundHolds()));
        assertEquals(r.reports().get(2).variant(ShiftVariant.DID).uncentered().rho(), r.rho()[2], 0);
    }

    @Test
    void shiftOnlyAuditUsesTheShift() {
        DMatrixRMaj m = Planted.withSingularValues(40, 90, new double[] {5, 1}, 3);
        AuditReport r = Audit.run(ActivationSets.ofShift(m), AuditOptions.defaults().ablate(0, 1));
        assertEquals(List.of(ShiftVariant.SHIFT), r.variants().stream().map(VariantAudit::variant).toList());
        assertNull(r.refusalDirection());
        assertEquals(Double.NaN, r.variants().get(0).leadingCosine());
        assertEquals("retained share of |h|^2", r.downstream());
        assertEquals(1, r.ablation().topAt(0), 1e-12);
        assertEquals(1 / 26.0, r.ablation().topAt(1), 1e-9);
    }

    @Test
    void refusalDirectionIsTheNormalisedMeanDifference() {
        DMatrixRMaj h = new DMatrixRMaj(new double[][] {{3, 4}, {3, 4}, {0, 0}, {0, 0}});
        assertArrayEquals(new double[] {0.6, 0.8}, RefusalDirection.of(h, new int[] {0, 1}, new int[] {2, 3}), 1e-15);
        assertArrayEquals(new double[] {0.6, 1}, RefusalDirection.cosines(
                new DMatrixRMaj(new double[][] {{1, 0.6}, {0, 0.8}}), new double[] {0.6, 0.8}), 1e-15);
        assertEquals("the safety and control means coincide: there is no refusal direction",
                assertThrows(IllegalArgumentException.class,
                        () -> RefusalDirection.of(h, new int[] {0}, new int[] {1})).getMessage());
    }

    @Test
    void validation() {
        Rng rng = new Rng(4);
        DMatrixRMaj a = rng.gaussian(6, 5);
        assertEquals("base is 6 x 4 but aligned is 6 x 5", assertThrows(IllegalArgumentException.class,
                () -> ActivationSets.of(rng.gaussian(6, 4), a)).getMessage());
        assertEquals("give both templated activation sets (base and aligned) or neither",
                assertThrows(IllegalArgumentException.class,
                        () -> new ActivationSets(a, a, a, null, null, null)).getMessage());
        assertEquals("safety row 6 (position 1) is outside 0..5 (there are 6 prompts)",
                assertThrows(IllegalArgumentException.class,
                        () -> ActivationSets.of(a, a).withRows(new int[] {0, 6}, null)).getMessage());
        assertEquals("control rows were given without safety rows", assertThrows(IllegalArgumentException.class,
                () -> ActivationSets.of(a, a).withRows(null, new int[] {1})).getMessage());
        DMatrixRMaj nan = a.copy();
        nan.set(2, 3, Double.NaN);
        assertEquals("aligned contains NaN at (2, 3)", assertThrows(IllegalArgumentException.class,
                () -> ActivationSets.of(a, nan)).getMessage());
        assertEquals("cannot ablate 7 directions: the shift variant is 6 x 5, so at most 5 exist",
                assertThrows(IllegalArgumentException.class,
                        () -> Audit.run(ActivationSets.ofShift(a), AuditOptions.defaults().ablate(7))).getMessage());
        assertEquals("bootstrap resamples must be >= 0 but is -1", assertThrows(IllegalArgumentException.class,
                () -> AuditOptions.defaults().bootstrap(-1)).getMessage());
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
