package lab.subspace.magics.fourier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;

import lab.subspace.numerics.random.Rng;

class ExperimentsTest {

    @Test
    void amplitudeIsLearnedBeforePhaseAtSmallSize() {
        CurvesResult r = AmplitudeBeforePhase.run(CurvesSpec.defaults().withSide(12).withSteps(15_000).withSeed(1));
        assertTrue(r.amplitudeCrossing() > 0, "amplitude-only accuracy never passed 0.6");
        assertTrue(r.amplitudeFirst(), "amplitude at " + r.amplitudeCrossing() + ", phase at " + r.phaseCrossing());
        LearningCurve c = r.curve();
        assertTrue(c.accuracy()[c.accuracy().length - 1] > 0.8);
    }

    @Test
    void powerLawSpectraLearnPhasesInFewerStepsThanWhiteInputs() {
        ScalingResult r = StepsToLearn.run(ScalingSpec.defaults().withSizes(10).withAlphas(0, 1.5).withSeeds(3)
                .withMaxSteps(300_000).withSeed(2));
        assertTrue(r.medianLearned(1.5, 10));
        assertTrue(r.speedup(0, 1.5, 10) > 1.5, "speedup " + r.speedup(0, 1.5, 10));
    }

    @Test
    void runsAreDeterministicForASeed() {
        ScalingSpec s = ScalingSpec.defaults().withSizes(8).withAlphas(1).withSeeds(2).withSeed(5);
        assertEquals(StepsToLearn.run(s).runs(), StepsToLearn.run(s).runs());
        CurvesSpec c = CurvesSpec.defaults().withSide(8).withSteps(2_000).withSeed(3);
        assertArrayEquals(AmplitudeBeforePhase.run(c).curve().accuracy(), AmplitudeBeforePhase.run(c).curve().accuracy(), 0);
    }

    @Test
    void slopeOfExactCubicStepsIsThree() {
        ScalingSpec spec = ScalingSpec.defaults().withSizes(8, 12, 16).withAlphas(0);
        List<ScalingResult.Run> runs = new ArrayList<>();
        for (int n : new int[] {8, 12, 16}) {
            for (int s = 0; s < 3; s++) {
                runs.add(new ScalingResult.Run(0, n, n, s, (long) n * n * n * (s + 1), true, 0.61));
            }
        }
        ScalingResult r = new ScalingResult(spec, runs);
        assertEquals(2.0 * 16 * 16 * 16, r.medianSteps(0, 16), 0);
        assertEquals(3, r.slope(0).slope(), 1e-12);
        assertTrue(r.allLearned(0));
    }

    @Test
    void censoredRunsAreFlagged() {
        ScalingSpec spec = ScalingSpec.defaults().withSizes(8).withAlphas(0).withMaxSteps(100);
        List<ScalingResult.Run> runs = List.of(new ScalingResult.Run(0, 8, 8, 0, 100, false, 0.5),
                new ScalingResult.Run(0, 8, 8, 1, 100, false, 0.5), new ScalingResult.Run(0, 8, 8, 2, 40, true, 0.62));
        ScalingResult r = new ScalingResult(spec, runs);
        assertFalse(r.medianLearned(0, 8));
        assertEquals(1.0 / 3, r.learnedFraction(0, 8), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> r.medianSteps(1, 8));
    }

    @Test
    void onlineSgdStopsAtTheThresholdAndReportsIt() {
        PhaseTask t = PhaseTask.of(Grid.line(8), 1.5, 0, 1);
        TestViews test = TestViews.of(t, 200, true, new Rng(1));
        LearningCurve c = OnlineSgd.train(t.sampler(), test, SgdSpec.defaults().withLearningRate(2.0 / 64).withMaxSteps(200_000),
                true, 4);
        assertTrue(c.learned());
        assertEquals(c.steps()[c.steps().length - 1], c.stepsToThreshold());
        assertTrue(c.finalAccuracy() > 0.6);
        assertEquals(400, test.size());
        assertEquals(400, test.amplitudeOnly().numRows);
    }

    @Test
    void userDataGoThroughTheSameCurves() {
        PhaseTask t = PhaseTask.of(Grid.line(8), 0.5, 1, 2);
        Rng rng = new Rng(3);
        DMatrixRMaj x = new DMatrixRMaj(600, 8);
        int[] y = new int[600];
        for (int i = 0; i < 600; i++) {
            y[i] = i % 2;
            System.arraycopy(t.sample(y[i], rng), 0, x.data, i * 8, 8);
        }
        DMatrixRMaj train = new DMatrixRMaj(400, 8);
        System.arraycopy(x.data, 0, train.data, 0, 400 * 8);
        DMatrixRMaj test = new DMatrixRMaj(200, 8);
        System.arraycopy(x.data, 400 * 8, test.data, 0, 200 * 8);
        int[] ytrain = java.util.Arrays.copyOf(y, 400);
        int[] ytest = java.util.Arrays.copyOfRange(y, 400, 600);
        CurvesResult r = AmplitudeBeforePhase.run(Grid.line(8), train, ytrain, test, ytest,
                CurvesSpec.defaults().withSide(8).withSteps(5_000));
        assertTrue(r.curve().amplitudeAccuracy()[r.curve().steps().length - 1] > 0.6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AmplitudeBeforePhase.run(Grid.line(8), train, new int[3], test, ytest, CurvesSpec.defaults()));
        assertTrue(e.getMessage().contains("400 rows but 3 labels"), e.getMessage());
        int[] oneClass = new int[400];
        assertThrows(IllegalArgumentException.class,
                () -> AmplitudeBeforePhase.run(Grid.line(8), train, oneClass, test, ytest, CurvesSpec.defaults()));
        assertThrows(IllegalArgumentException.class, () -> Datasets.labels(new DMatrixRMaj(new double[][] {{0, 2}})));
    }

    @Test
    void specsRejectBadValues() {
        assertThrows(IllegalArgumentException.class, () -> SgdSpec.defaults().withThreshold(0.4));
        assertThrows(IllegalArgumentException.class, () -> SgdSpec.defaults().withWidth(0));
        assertThrows(IllegalArgumentException.class, () -> ScalingSpec.defaults().withSizes());
        assertThrows(IllegalArgumentException.class, () -> ScalingSpec.defaults().withAlphas(-1));
        assertThrows(IllegalArgumentException.class, () -> ScalingSpec.defaults().withEta(0));
        assertThrows(IllegalArgumentException.class, () -> CurvesSpec.defaults().withContrast(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CurvesSpec.defaults().withDims(3));
        assertTrue(e.getMessage().contains("3"));
    }
}
