package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The notebook's claims at a small size. */
class ClaimsTest {

    @Test
    void sparseReluPatternsAreFarAboveChanceAndUnpenalisedOnesAreNot() {
        PatternReport r = AngularSelector.run(new PatternSpec(16, new int[] {2, 3, 3}, 80, 0.05, true, 32, 200, 0.01, 0.03, 1));
        assertTrue(r.sparseAccuracy() > 0.9, "accuracy " + r.sparseAccuracy());
        assertTrue(r.sparse().purity() > 2 * r.sparse().chance(), "purity " + r.sparse().purity() + " chance " + r.sparse().chance());
        for (int k = 0; k < 3; k++) {
            assertTrue(r.sparse().perLabel()[k] > 2 * r.sparse().chancePerLabel()[k], "subspace " + k);
        }
        assertTrue(r.sparse().clusterPurity() > r.sparse().clusterChance() + 0.3);
        // without the penalty every unit fires on about half of every subspace: purity stays near chance
        assertEquals(r.dense().chance(), r.dense().purity(), 0.1);
        assertEquals(r.untrained().chance(), r.untrained().purity(), 0.1);
    }

    @Test
    void residualLayersContractTheOffSubspaceEnergyGeometrically() {
        ContractionReport r = Contraction.run(new ContractionSpec(16, new int[] {2, 3}, 100, 0.03, 40, 0.2, 0.3, 10, 0.05, 2));
        assertTrue(r.recovery().structureRecovered());
        assertEquals(r.predictedRate(), Math.exp(r.exactFit().slope()), 1e-9);
        assertEquals(r.predictedRate(), r.rate(), 0.03);
        assertTrue(r.hardFit().r2() > 0.999, "R^2 " + r.hardFit().r2());
        assertTrue(r.fitLayers() >= 5, "fitted layers " + r.fitLayers());
        assertTrue(r.floorRatio() < 0.01, "floor " + r.floorRatio());
    }

    @Test
    void unionDetectorBeatsTheIsotropicGaussianByAWideMargin() {
        AnomalyReport r = AnomalyDetection.run(new AnomalySpec(16, new int[] {2, 3}, 100, 50, 0.05, 100, 3));
        assertEquals(2, r.kinds().size());
        assertTrue(r.auroc(0, 0) > 0.99, "union AUROC, ambient outliers " + r.auroc(0, 0));
        assertTrue(r.margin(0) > 0.3, "margin " + r.margin(0));
        assertTrue(r.margin(1) > 0.3, "margin " + r.margin(1));
        // in-span outliers fool the full-covariance Gaussian but not the union
        assertTrue(r.auroc(1, 0) > r.auroc(1, 2) + 0.3);
    }

    @Test
    void experimentsAreDeterministicForASeed() {
        ContractionSpec c = new ContractionSpec(12, new int[] {2, 2}, 60, 0.03, 20, 0.2, 0.3, 5, 0.05, 9);
        assertArrayEquals(Contraction.run(c).hard(), Contraction.run(c).hard(), 0);
        AnomalySpec a = new AnomalySpec(12, new int[] {2, 2}, 60, 20, 0.05, 30, 9);
        assertEquals(AnomalyDetection.run(a).auroc(1, 0), AnomalyDetection.run(a).auroc(1, 0), 0);
        PatternSpec p = new PatternSpec(12, new int[] {2, 2}, 30, 0.05, true, 16, 30, 0.01, 0.03, 9);
        assertArrayEquals(AngularSelector.run(p).sparse().perLabel(), AngularSelector.run(p).sparse().perLabel(), 0);
    }
}
