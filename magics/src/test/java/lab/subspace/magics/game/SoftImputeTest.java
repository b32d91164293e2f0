package lab.subspace.magics.game;

import static lab.subspace.magics.game.GameTest.full;
import static lab.subspace.magics.game.GameTest.lowRankPlusNoise;
import static lab.subspace.magics.game.GameTest.maxAbs;
import static lab.subspace.magics.game.GameTest.sampled;
import static lab.subspace.magics.game.GroupMembershipTest.message;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.data.MaskedMatrix;
import lab.subspace.numerics.linalg.Shrinkage;

class SoftImputeTest {

    private static final CompletionOptions TIGHT = CompletionOptions.defaults().withTolerance(1e-10).withMaxIterations(50000);

    @Test
    void fullyObservedIsOneThresholdingStep() {
        DMatrixRMaj y = lowRankPlusNoise(25, 15, 3, 0.2, 1);
        Completion c = SoftImpute.complete(full(y), 2.5);
        assertTrue(maxAbs(Shrinkage.svt(y, 2.5).value(), c.estimate()) < 1e-9);
        assertEquals(Shrinkage.svt(y, 2.5).rank(), c.rank());
        assertTrue(c.converged() && c.iterations() <= 3, c.toString());
    }

    @Test
    void plainAndAcceleratedReachTheSameFixedPoint() {
        MaskedMatrix y = sampled(lowRankPlusNoise(40, 30, 2, 0.1, 2), 0.4, 3);
        Completion plain = SoftImpute.complete(y, 1.5, TIGHT.withAccelerated(false), null);
        Completion fast = SoftImpute.complete(y, 1.5, TIGHT, null);
        assertTrue(plain.converged() && fast.converged());
        assertTrue(maxAbs(plain.estimate(), fast.estimate()) < 1e-5);
        assertTrue(fast.iterations() < plain.iterations(), fast.iterations() + " accelerated vs " + plain.iterations());
        // proximal gradient with step 1 never increases the objective
        double[] f = plain.objective();
        for (int k = 1; k < f.length; k++) {
            assertTrue(f[k] <= f[k - 1] + 1e-9 * Math.abs(f[k - 1]), "objective rose at iteration " + k);
        }
    }

    @Test
    void fixedPointKeepsObservedEntriesWhenLambdaIsZero() {
        MaskedMatrix y = sampled(lowRankPlusNoise(12, 8, 2, 0.1, 4), 0.7, 5);
        Completion c = SoftImpute.complete(y, 0, TIGHT, null);
        for (int k = 0; k < y.values().data.length; k++) {
            if (y.mask().data[k] != 0) {
                assertEquals(y.values().data[k], c.estimate().data[k], 1e-9);
            }
        }
    }

    @Test
    void warmStartsAndDeterminism() {
        MaskedMatrix y = sampled(lowRankPlusNoise(30, 20, 2, 0.1, 6), 0.5, 7);
        Completion a = SoftImpute.complete(y, 1.0);
        Completion b = SoftImpute.complete(y, 1.0);
        assertArrayEquals(a.estimate().data, b.estimate().data, 0);
        Completion cold = SoftImpute.complete(y, 0.8);
        Completion warm = SoftImpute.complete(y, 0.8, CompletionOptions.defaults(), a.estimate());
        assertTrue(warm.iterations() < cold.iterations(), warm.iterations() + " warm vs " + cold.iterations() + " cold");
        assertTrue(message(() -> SoftImpute.complete(y, -1)).contains("lambda must be finite and >= 0"));
        assertTrue(message(() -> SoftImpute.complete(y, 1, CompletionOptions.defaults(), new DMatrixRMaj(2, 2)))
                .contains("the warm start must be 30 x 20"));
        assertTrue(message(() -> CompletionOptions.defaults().withTolerance(0)).contains("tolerance"));
    }
}
