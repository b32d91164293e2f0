package lab.subspace.magics.grasp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The notebook's claims, on the default experiment at agreement 0.9 (a few seconds). */
class GraspClaimsTest {

    private static GraspReport report;

    @BeforeAll
    static void run() {
        report = GraspExperiment.run(GraspSpec.defaults().withSeed(3));
    }

    @Test
    void theIdentifiedDirectionMatchesThePlantedFactor() {
        assertTrue(report.identifiedCosine() > 0.9, "|cos| = " + report.identifiedCosine());
        assertEquals(report.identifiedCosine(), report.factors().topCosine(), 1e-12);
        assertTrue(report.factors().topShare() > 0.5, "the spurious factor holds most of the update's energy");
        int s = report.spec().world().spuriousIndex();
        for (int j = 0; j < report.loadings().length; j++) {
            assertTrue(j == s || Math.abs(report.loadings()[j]) < Math.abs(report.loadings()[s]));
        }
    }

    @Test
    void graspIsCloseToTheOracleOodWhileTheNaiveFineTuneFails() {
        double oracle = report.score(Method.ORACLE).ood();
        assertEquals(oracle, report.score(Method.GRASP).ood(), 0.05);
        assertTrue(report.score(Method.NAIVE).ood() < oracle - 0.1, "naive OOD " + report.score(Method.NAIVE).ood());
        assertTrue(report.score(Method.NAIVE).id() > report.score(Method.ORACLE).id(), "the naive model profits from s in distribution");
        assertEquals(0, report.projectionLeak(), 1e-12);
        assertFalse(report.diverged());
    }

    @Test
    void ablationDamagesTheSecondTaskAndGraspDoesNot() {
        double pretrained = report.score(Method.PRETRAINED).second();
        assertTrue(pretrained > 0.9, "the pretrained model solves the second task: " + pretrained);
        assertEquals(pretrained, report.score(Method.GRASP).second(), 0.02);
        assertTrue(report.score(Method.ABLATION).second() < pretrained - 0.2);
        assertTrue(report.score(Method.STEERING).second() < pretrained - 0.2);
    }

    @Test
    void aSweepLevelReproducesTheSingleRunAndIdentificationNeedsAStrongCorrelation() {
        GraspSpec small = GraspSpec.defaults().withSizes(800, 400, 300).withTune(TuneSpec.defaults().withEpochs(15)).withSeed(11);
        SweepReport sweep = StrengthSweep.run(small, new double[] {0.5, 0.95});
        GraspReport alone = GraspExperiment.run(small.withAgreement(0.95));
        GraspReport level = sweep.at(0.95);
        for (Method m : Method.values()) {
            assertEquals(alone.score(m), level.score(m), m.label());
        }
        assertArrayEquals(alone.factors().singularValues(), level.factors().singularValues(), 0);
        double[] cos = sweep.identifiedCosines();
        assertTrue(cos[0] < 0.5 && cos[1] > cos[0], "no correlation, nothing to find: " + java.util.Arrays.toString(cos));
        assertEquals(0.5, sweep.agreements()[0]);
    }

    @Test
    void sweepsRejectBadLevels() {
        GraspSpec spec = GraspSpec.defaults();
        assertEquals("agreements must increase but 0.7 follows 0.9",
                assertThrows(IllegalArgumentException.class, () -> StrengthSweep.run(spec, new double[] {0.9, 0.7})).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StrengthSweep.run(spec, new double[] {0.9}));
        assertThrows(IllegalArgumentException.class, () -> StrengthSweep.run(spec, new double[] {0.5, 1.2}));
        assertEquals("the number of identified directions must be in [1, LoRA rank 8] but is 9",
                assertThrows(IllegalArgumentException.class, () -> new GraspSpec(WorldSpec.defaults(), TuneSpec.defaults(), 48, 100, 1,
                        100, 100, 0.9, 9, 0)).getMessage());
    }
}
