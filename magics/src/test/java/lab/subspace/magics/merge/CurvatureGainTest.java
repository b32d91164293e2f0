package lab.subspace.magics.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurvatureGainTest {

    @Test
    void closedFormGainIsTheDifferenceOfTheTwoMergesErrors() {
        for (long seed = 1; seed <= 10; seed++) {
            MergeProblem p = RandomProblems.full(6, 10, 1.2, seed);
            for (int r = 1; r <= 6; r++) {
                CurvatureGain g = SubspaceMerge.criterion(p, r);
                MergeDiagnostics flat = SubspaceMerge.projectedMean(p, r).diagnostics();
                MergeDiagnostics epi = SubspaceMerge.epimer(p, r).diagnostics();
                double scale = flat.meanError();
                assertEquals(flat.meanError() - epi.meanError(), g.gain(), 1e-9 * scale);
                for (int t = 0; t < 6; t++) {
                    assertEquals(flat.error()[t], g.flatErrors()[t], 1e-9 * scale);
                    assertEquals(epi.error()[t], g.curvedErrors()[t], 1e-9 * scale);
                }
                assertTrue(g.gain() >= 0);
                assertTrue(g.lowerBound() <= g.gain() * (1 + 1e-9) + 1e-15, "lower bound, seed " + seed);
                assertTrue(g.gain() <= g.upperBound() * (1 + 1e-9), "upper bound, seed " + seed);
                assertTrue(g.heterogeneity() <= g.heterogeneityBound() * (1 + 1e-12) + 1e-15);
                assertEquals(flat.worstError() - epi.worstError(), g.worstGain(), 1e-9 * scale);
            }
        }
    }

    @Test
    void identicalIsotropicCurvatureGivesNoGain() {
        MergeProblem p = RandomProblems.scalar(RandomProblems.full(5, 9, 1.0, 3), 2.5);
        for (int r = 1; r <= 5; r++) {
            CurvatureGain g = SubspaceMerge.criterion(p, r);
            assertEquals(0, g.gain(), 1e-12 * g.meanFlatError());
            assertEquals(0, g.heterogeneity(), 1e-12);
            assertEquals(0, g.leakage(), 1e-12);
            assertEquals(0, g.upperBound(), 1e-12);
            assertEquals(CurvatureGain.Winner.TIE, CurvatureGain.Winner.of(g.relativeGain(), 1e-9));
        }
    }

    @Test
    void differentScalarCurvaturesHelpWithoutLeakage() {
        // H_t = h_t I maps span(U) to itself: no leakage, but the heterogeneity term is not zero
        MergeProblem p = RandomProblems.scalar(RandomProblems.full(4, 8, 1.0, 4), 1.0, 5.0, 0.5, 2.0);
        CurvatureGain g = SubspaceMerge.criterion(p, 2);
        assertEquals(0, g.leakage(), 1e-12);
        assertTrue(g.heterogeneity() > 0.1);
        assertTrue(g.helps(0.01));
        assertEquals(CurvatureGain.Winner.EPIMER, CurvatureGain.Winner.of(g.relativeGain(), 0.01));
    }

    @Test
    void leakageAloneCanMakeCurvatureHelp() {
        // The same full curvature for every task: no heterogeneity term, but H couples the residual into span(U).
        MergeProblem p = RandomProblems.full(4, 8, 1.0, 5);
        java.util.List<Curvature> same = java.util.Collections.nCopies(4, p.curvatures().get(0));
        MergeProblem q = MergeProblem.of(p.base(), p.taskVectors(), same);
        CurvatureGain g = SubspaceMerge.criterion(q, 2);
        assertEquals(0, g.heterogeneity(), 1e-10);
        assertTrue(g.leakage() > 0);
        assertTrue(g.gain() > 0);
        // At full task rank nothing is left outside the subspace: no leakage, no gain.
        CurvatureGain full = SubspaceMerge.criterion(q, 4);
        assertEquals(0, full.gain(), 1e-10 * full.meanFlatError());
    }

    @Test
    void decompositionIsExactAndBounded() {
        MergeProblem p = RandomProblems.full(5, 9, 1.5, 6);
        for (Merge m : SubspaceMerge.compare(p, new int[] {1, 2, 3, 5}, 0.3).merges()) {
            MergeDiagnostics dx = m.diagnostics();
            assertEquals(dx.totalError(), dx.totalVariance() + dx.totalResidual() + dx.totalCross(), 1e-12 * dx.totalError());
            assertTrue(dx.boundHolds(), m.label());
            assertTrue(dx.boundRatio() <= 1 + 1e-9);
            assertTrue(dx.totalError() <= 2 * (dx.totalVariance() + dx.totalResidual()) * (1 + 1e-12));
        }
    }

    @Test
    void isotropicCurvatureHasNoCrossTerm() {
        MergeProblem p = RandomProblems.scalar(RandomProblems.full(5, 9, 1.0, 7), 1.0, 3.0);
        for (int r = 1; r <= 4; r++) {
            MergeDiagnostics dx = SubspaceMerge.epimer(p, r).diagnostics();
            assertEquals(0, dx.totalCross(), 1e-10 * dx.totalError());
            assertEquals(dx.totalError(), dx.totalVariance() + dx.totalResidual(), 1e-10 * dx.totalError());
        }
    }

    @Test
    void wholeSpaceMergesHaveNoResidual() {
        MergeProblem p = RandomProblems.diagonal(4, 12, 1.0, 8);
        MergeDiagnostics dx = SubspaceMerge.fisher(p).diagnostics();
        assertEquals(0, dx.totalResidual(), 1e-12);
        assertEquals(dx.totalError(), dx.totalVariance(), 1e-12 * dx.totalError());
        assertEquals(1.0, dx.boundRatio(), 1e-9);
    }
}
