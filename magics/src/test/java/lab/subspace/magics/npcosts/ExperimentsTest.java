package lab.subspace.magics.npcosts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

/** The paper's claims at small sizes, determinism, and the data-driven bottleneck. */
class ExperimentsTest {

    @Test
    void bottleneckDecaysExponentiallyInDSquaredForSeAndAtMinus2NuForMatern() {
        BottleneckSpec spec = new BottleneckSpec(1, List.of(KernelFamily.SE, KernelFamily.MATERN_32), 0.2, 1e-3, 256, 8, 1,
                new int[] {1, 3, 5, 7, 9}, new int[] {8, 11, 16, 23, 32}, 5);
        BottleneckResult r = Bottleneck.run(spec);
        BottleneckCurve se = r.curve(KernelFamily.SE);
        assertTrue(se.fit().r2() > 0.98, "R^2 " + se.fit().r2());
        assertTrue(se.fit().r2() > se.alternativeR2(), "d^2 axis beats the d axis");
        assertTrue(se.slope() < 0);
        BottleneckCurve m = r.curve(KernelFamily.MATERN_32);
        assertEquals(-3, m.slope(), 0.3);
        double[] kl = m.kl();
        for (int i = 1; i < kl.length; i++) {
            assertTrue(kl[i] < kl[i - 1]);
        }
        assertThrows(IllegalArgumentException.class, () -> r.curve(KernelFamily.MATERN_12));
    }

    @Test
    void secondOrderPoolingClosesMostOfTheGapAndRunsAreDeterministic() {
        GapSpec spec = new GapSpec(0.25, 0.1, new int[] {4, 16}, 4, 64, 60, 8, 16, 1e-2, 8, 6, 7);
        GapResult a = AmortizationGap.run(spec);
        GapResult b = AmortizationGap.run(spec);
        assertArrayEquals(a.kl()[0], b.kl()[0], 0);
        assertArrayEquals(a.kl()[1], b.kl()[1], 0);
        assertTrue(a.closedFraction() > 0.5, "closed " + a.closedFraction());
        assertTrue(a.kl()[1][1] < a.kl()[0][1]);
        assertEquals(a.representation(), 4 * 5 / 2 + 4);
    }

    @Test
    void labelFreeHeadHasNoLabelDependenceAndTheNoisePartShrinksWithN() {
        ContaminationSpec spec = new ContaminationSpec(0.25, 0.2, new int[] {4, 16, 64}, 64, 40, 8, 6, 12, 1e-2, 3, 3, 4, 4, 2);
        ContaminationResult r = LabelContamination.run(spec);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, r.noisePart()[1][i], 1e-20);
            assertEquals(0, r.functionPart()[1][i], 1e-20);
            assertTrue(r.noisePart()[0][i] > 0);
        }
        assertTrue(r.noisePart()[0][2] < r.noisePart()[0][0]);
        ContaminationResult again = LabelContamination.run(spec);
        assertArrayEquals(r.error()[0], again.error()[0], 0);
    }

    @Test
    void fullRankGramTruncationIsExactAndKlFalls() {
        Rng rng = new Rng(6);
        DMatrixRMaj x = rng.uniform(10, 1, 0, 1);
        DMatrixRMaj xt = rng.uniform(5, 1, 0, 1);
        double[] y = rng.gaussianVector(10);
        DataGpResult r = DataGp.analyze(Kernel.of("matern32", 0.3, 1, 1), x, y, xt, 0.1, new int[] {1, 3, 6, 15});
        double[] kl = r.kl();
        assertEquals(0, kl[3], 1e-9);
        assertTrue(kl[0] > kl[1] && kl[1] > kl[2]);
        assertEquals(0, r.leftOut()[3], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> DataGp.analyze(Kernel.of("se", 0.3, 1, 1), x, y, xt, 0.1, new int[] {16}));
        assertThrows(IllegalArgumentException.class, () -> DataGp.analyze(Kernel.of("se", 0.3, 1, 1), x, new double[3], xt, 0.1,
                new int[] {1}));
    }

    @Test
    void specsRejectBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new GapSpec(0.2, 0, new int[] {4}, 4, 8, 1, 1, 4, 1e-2, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ContaminationSpec(0.2, 0.1, new int[] {8, 4}, 8, 1, 1, 4, 4, 1e-2, 1, 2,
                2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ContaminationSpec(0.2, 0.1, new int[] {4, 8}, 8, 1, 1, 4, 4, 1e-2, 1, 1,
                2, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new TaskSampler(new PeriodicKernel(Kernel.of("se", 0.2, 1, 1)), 0.1, 0));
        Task t = new TaskSampler(new PeriodicKernel(Kernel.of("se", 0.2, 1, 1)), 0.1, 2).sample(3, new Rng(1));
        assertThrows(IllegalArgumentException.class, () -> t.relabel(new double[2]));
        assertThrows(IllegalArgumentException.class, () -> MeanPoolingNp.create(2, 4, 4, 0.01, false, 1e-2, 0).predict(List.of(t)));
    }
}
