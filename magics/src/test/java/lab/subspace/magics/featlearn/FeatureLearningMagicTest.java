package lab.subspace.magics.featlearn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.nn.Activation;

class FeatureLearningMagicTest {

    @TempDir
    Path dir;

    private static final String SMALL = " --d 10 --width 60 --n 300 --seed 2";

    @Test
    void syntheticExperimentsReturnTheirResults() throws Exception {
        MagicHarness h = new MagicHarness("feature-learning", dir, Map.of());
        SpectrumResult s = (SpectrumResult) h.line(new FeatureLearningMagic(), "spectrum --k 3" + SMALL);
        assertEquals(3, s.after().aligned());
        assertEquals(60, s.width());
        assertInstanceOf(CovarianceResult.class, h.line(new FeatureLearningMagic(), "covariance" + SMALL));
        KernelResult k = (KernelResult) h.line(new FeatureLearningMagic(), "kernel --points 40" + SMALL);
        assertEquals(40, k.points());
        RidgeResult r = (RidgeResult) h.line(new FeatureLearningMagic(), "ridge --sizes 50,100 --n-test 100" + SMALL);
        assertEquals(2, r.rows().size());
        // every result renders its table and figures
        Outputs.of(s.table(), s.spectrumFigure(), s.alignmentFigure(), k.entriesFigure(), k.diagonalFigure(), r.figure());
    }

    @Test
    void ownDataAndOwnWeights() throws Exception {
        SingleIndexTarget t = SingleIndexTarget.random(8, Activation.RELU, 0.1, 1L);
        Sample s = t.sample(400, 2L);
        TwoLayerNetwork net = TwoLayerNetwork.random(8, 50, Activation.RELU, 3L);
        TwoLayerNetwork after = net.gradientStep(s.x(), s.y(), 6);
        Map<String, Object> vars = new HashMap<>();
        vars.put("X", s.x());
        vars.put("y", s.y());
        vars.put("beta", t.beta());
        vars.put("W0", net.w());
        vars.put("W1", after.w());
        MagicHarness h = new MagicHarness("feature-learning", dir, vars);
        SpectrumResult est = (SpectrumResult) h.line(new FeatureLearningMagic(), "spectrum --x X --y y --width 50");
        assertTrue(est.betaEstimated());
        assertEquals(200, est.n());
        CovarianceResult given = (CovarianceResult) h.line(new FeatureLearningMagic(), "covariance --x X --y y --w0 W0 --w1 W1 --beta beta");
        assertTrue(given.alignment() > 0.8, "alignment " + given.alignment());
        RidgeResult r = (RidgeResult) h.line(new FeatureLearningMagic(), "ridge --x X --y y --n-step 200 --n-test 100 --sizes 50,100 --width 50");
        assertEquals(100, r.nTest());
    }

    @Test
    void misuseIsAOneLineError() {
        MagicHarness h = new MagicHarness("feature-learning", dir, Map.of("X", new double[][] {{1, 2}, {3, 4}}));
        assertThrows(UserError.class, () -> h.line(new FeatureLearningMagic(), ""));
        var e = assertThrows(UserError.class, () -> h.line(new FeatureLearningMagic(), "spectrum --x X"));
        assertTrue(e.getMessage().contains("--y"), e.getMessage());
        e = assertThrows(UserError.class, () -> h.line(new FeatureLearningMagic(), "spectrum --w0 X"));
        assertTrue(e.getMessage().contains("--w1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> h.line(new FeatureLearningMagic(), "spectrum --d 1"));
        var big = assertThrows(IllegalArgumentException.class,
                () -> h.line(new FeatureLearningMagic(), "spectrum --d 200000 --width 200000 --n 200000"));
        assertTrue(big.getMessage().contains("GB"), big.getMessage());
    }
}
