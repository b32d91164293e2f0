package lab.subspace.magics.pos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.linalg.Subspaces;
import lab.subspace.numerics.random.Rng;

class SubspaceEstimationTest {

    private static final UnionOfSubspaces UNION = UnionOfSubspaces.random(20, new int[] {2, 3, 4}, 11);
    private static final UnionSample SAMPLE = UNION.sample(80, 0.03, new Rng(2));

    @Test
    void recoversTheNumberDimensionsAndBasesOfTheSubspaces() {
        for (Affinity a : Affinity.values()) {
            SubspaceStructure s = SubspaceEstimation.fit(SAMPLE.points(), EstimationOptions.defaults().withAffinity(a));
            Recovery r = Recovery.of(s, UNION, SAMPLE.labels());
            assertTrue(s.countEstimated());
            assertTrue(r.structureRecovered(), a + ": " + java.util.Arrays.toString(s.dims()));
            assertTrue(r.purity() > 0.98, a + " purity " + r.purity());
            assertTrue(r.worstAngle() < 3, a + " worst angle " + r.worstAngle());
            assertTrue(s.refineConverged());
            // residual energy of noise 0.03 in R^20: tiny
            for (double f : s.residualFractions()) {
                assertTrue(f < 0.01, "residual fraction " + f);
            }
        }
    }

    @Test
    void rotatingOrScalingTheDataRotatesTheEstimateAndKeepsTheAssignment() {
        SubspaceStructure s = SubspaceEstimation.fit(SAMPLE.points());
        DMatrixRMaj q = new Rng(4).orthogonal(20);
        DMatrixRMaj rotated = CommonOps_DDRM.mult(SAMPLE.points(), q, null);
        SubspaceStructure r = SubspaceEstimation.fit(rotated);
        assertArrayEquals(s.labels(), r.labels());
        for (int k = 0; k < s.count(); k++) {
            // basis of the rotated data = Q^T times the basis of the original data
            DMatrixRMaj expected = CommonOps_DDRM.multTransA(q, s.bases().get(k), null);
            double[] angles = Subspaces.principalAngles(expected, r.bases().get(k));
            assertEquals(0, angles[angles.length - 1], 1e-6);
        }
        DMatrixRMaj scaled = SAMPLE.points().copy();
        CommonOps_DDRM.scale(10, scaled);
        assertArrayEquals(s.labels(), SubspaceEstimation.fit(scaled).labels());
    }

    @Test
    void centringRecoversSubspacesThroughAnOffset() {
        DMatrixRMaj shifted = SAMPLE.points().copy();
        double[] offset = new Rng(5).gaussianVector(20);
        for (int i = 0; i < shifted.numRows; i++) {
            for (int j = 0; j < 20; j++) {
                shifted.add(i, j, 3 * offset[j]);
            }
        }
        SubspaceStructure s = SubspaceEstimation.fit(shifted, EstimationOptions.defaults().withCenter(true).withSubspaces(3));
        assertTrue(s.centered());
        // the mean of a symmetric sample is close to the offset; what is left is a union through (nearly) the origin
        assertTrue(Purity.of(s.labels(), SAMPLE.labels()) > 0.9, "purity " + Purity.of(s.labels(), SAMPLE.labels()));
        // distances() subtracts the same mean: the training points are close to the union
        double[] d = s.distances(shifted).distance();
        double mean = 0;
        for (double v : d) {
            mean += v / d.length;
        }
        assertTrue(mean < 0.3, "mean distance " + mean);
    }

    @Test
    void wideDataAndLargeSamplesTakeTheProjectionAndSubsetPaths() {
        UnionOfSubspaces wide = UnionOfSubspaces.random(150, new int[] {3, 3}, 6);
        UnionSample s = wide.sample(150, 0.01, new Rng(7));
        SubspaceStructure fit = SubspaceEstimation.fit(s.points(), EstimationOptions.defaults().withMaxAmbient(40).withMaxPoints(120));
        assertEquals(40, fit.workingDimension());
        assertEquals(120, fit.graphPoints());
        assertTrue(fit.keptEnergy() > 0.99);
        assertEquals(150, fit.ambient());
        Recovery r = Recovery.of(fit, wide, s.labels());
        assertTrue(r.structureRecovered());
        assertTrue(r.worstAngle() < 3, "worst angle " + r.worstAngle());
    }

    @Test
    void givenCountAndDimensionAreUsed() {
        SubspaceStructure s = SubspaceEstimation.fit(SAMPLE.points(), EstimationOptions.defaults().withSubspaces(3).withDimension(2));
        assertFalse(s.countEstimated());
        assertArrayEquals(new int[] {2, 2, 2}, s.dims());
        SubspaceStructure energy = SubspaceEstimation.fit(SAMPLE.points(), EstimationOptions.defaults()
                .withDimensionRule(DimensionRule.ENERGY).withEnergyEps(0.3));
        for (int d : energy.dims()) {
            assertTrue(d <= 4);
        }
    }

    @Test
    void sameSeedSameEstimate() {
        EstimationOptions o = EstimationOptions.defaults().withSeed(3).withMaxPoints(100);
        SubspaceStructure a = SubspaceEstimation.fit(SAMPLE.points(), o);
        SubspaceStructure b = SubspaceEstimation.fit(SAMPLE.points(), o);
        assertArrayEquals(a.labels(), b.labels());
        assertArrayEquals(a.bases().get(0).data, b.bases().get(0).data, 0);
        assertArrayEquals(a.eigenvalues(), b.eigenvalues(), 0);
    }

    @Test
    void principalAnglesTablesAndFiguresDescribeTheStructure() {
        SubspaceStructure s = SubspaceEstimation.fit(SAMPLE.points());
        double[][] a = s.smallestAngles();
        for (int i = 0; i < s.count(); i++) {
            assertEquals(0, a[i][i]);
            for (int j = 0; j < s.count(); j++) {
                assertEquals(a[i][j], a[j][i], 1e-12);
                assertEquals(Math.toDegrees(s.principalAngles(i, j)[0]), a[i][j], 1e-9);
            }
        }
        assertEquals(s.count(), s.table().rowCount());
        assertEquals(3, s.pairTable().rowCount());
        s.anglesFigure();
        s.eigengapFigure();
        assertEquals(SAMPLE.size(), java.util.Arrays.stream(s.sizes()).sum());
    }

    @Test
    void misuseIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SubspaceEstimation.fit(new Rng(1).gaussian(2, 3))).getMessage()
                .contains("at least 3 points"));
        DMatrixRMaj nan = SAMPLE.points().copy();
        nan.set(4, 2, Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> SubspaceEstimation.fit(nan));
        assertThrows(IllegalArgumentException.class,
                () -> SubspaceEstimation.fit(SAMPLE.points(), EstimationOptions.defaults().withDimension(21)));
        assertThrows(IllegalArgumentException.class, () -> EstimationOptions.defaults().withEnergyEps(1));
        assertThrows(IllegalArgumentException.class, () -> EstimationOptions.defaults().withNeighbors(0));
        assertThrows(IllegalArgumentException.class, () -> EstimationOptions.defaults().withSubspaces(-1));
    }
}
