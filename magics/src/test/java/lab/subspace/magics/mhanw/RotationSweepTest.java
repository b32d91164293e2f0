package lab.subspace.magics.mhanw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class RotationSweepTest {

    /** A small sweep: 5 angles, n = 400, 24 training sets. */
    private static final RotationSpec SMALL = new RotationSpec(16, 3, 4, 5, 400, 120, 24, 0.8, 0.5, 0.3, 3);

    @Test
    void mseFallsMonotonicallyWithDiversityAndOrthogonalHeadsCutTheVariance() {
        RotationResult r = RotationSweep.run(SMALL);
        assertTrue(r.spearman() < -0.9, "Spearman(HDI, MSE) = " + r.spearman());
        assertEquals(1, r.identicalReduction(), 1e-12);
        // orthogonal heads: ensemble variance about 1/H of identical heads' (residual correlation from shared labels)
        assertEquals(1.0 / 3, r.varianceRatio(), 0.12);
        assertTrue(r.last().correlation() < 0.3, "correlation " + r.last().correlation());
        for (Decomposition d : r.decompositions()) {
            assertEquals(d.mse(), d.bias2() + d.varianceTerm() + d.covarianceTerm(), 1e-12);
        }
    }

    @Test
    void theSweepIsEvenlySpacedInDiversityAndKeepsEachHeadsVariance() {
        RotationResult r = RotationSweep.run(SMALL.withSize(200, 60, 12));
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, r.hdi(), 1e-12);
        assertEquals(0, r.anglesDegrees()[0], 0);
        assertEquals(90, r.anglesDegrees()[4], 1e-12);
        // every head sees an orthogonal transform of the latent at every angle: its variance does not trend
        double first = r.first().meanVariance();
        for (Decomposition d : r.decompositions()) {
            assertEquals(first, d.meanVariance(), 0.25 * first);
        }
    }

    @Test
    void viewsGiveEveryHeadTheSameSignalAtEveryAngle() {
        DMatrixRMaj rot = new Rng(5).orthogonal(12);
        DMatrixRMaj shared = CommonOps_DDRM.extract(rot, 0, 12, 0, 4);
        List<DMatrixRMaj> own = List.of(CommonOps_DDRM.extract(rot, 0, 12, 4, 8), CommonOps_DDRM.extract(rot, 0, 12, 8, 12));
        LatentViews model = RotationSweep.views(shared, own, 0.7, 0.1);
        for (double angle : new double[] {0, 0.4, 1.1, Math.PI / 2}) {
            for (DMatrixRMaj q : RotationSweep.path(shared, own, angle)) {
                // Q^T A = 0.7 (cos a I + sin a J): 0.7 times an orthogonal matrix
                DMatrixRMaj m = CommonOps_DDRM.multTransA(q, model.embedding(), null);
                DMatrixRMaj gram = CommonOps_DDRM.multTransA(m, m, null);
                DMatrixRMaj expected = CommonOps_DDRM.identity(4);
                CommonOps_DDRM.scale(0.49, expected);
                assertTrue(org.ejml.dense.row.MatrixFeatures_DDRM.isIdentical(expected, gram, 1e-12));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        RotationSpec tiny = SMALL.withSize(60, 20, 4);
        RotationResult a = RotationSweep.run(tiny);
        RotationResult b = RotationSweep.run(tiny);
        assertArrayEquals(a.mse(), b.mse(), 0);
        assertNotEquals(a.mse()[0], RotationSweep.run(tiny.withSeed(4)).mse()[0]);
    }

    @Test
    void misuseIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RotationSpec(16, 4, 4, 5, 10, 10, 4, 0.8, 0.5, 0.3, 0))
                .getMessage().contains("need d >= 20"));
        assertThrows(IllegalArgumentException.class, () -> new RotationSpec(24, 4, 3, 5, 10, 10, 4, 0.8, 0.5, 0.3, 0));
        assertThrows(IllegalArgumentException.class, () -> new RotationSpec(24, 1, 4, 5, 10, 10, 4, 0.8, 0.5, 0.3, 0));
        assertThrows(IllegalArgumentException.class, () -> new RotationSpec(24, 4, 4, 5, 10, 10, 1, 0.8, 0.5, 0.3, 0));
        assertThrows(IllegalArgumentException.class, () -> new RotationSpec(24, 4, 4, 5, 10, 10, 4, 1.5, 0.5, 0.3, 0));
        assertThrows(IllegalArgumentException.class, () -> RotationSweep.angleForDiversity(1.2));
    }
}
