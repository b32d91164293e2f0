package lab.subspace.magics.twistedsmc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwistedSmcMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    private MagicHarness harness() {
        return new MagicHarness("twisted-smc", dir, variables);
    }

    @Test
    void particlesRunsOnTheBuiltInData() throws Exception {
        Object r = harness().line(new TwistedSmcMagic(), "particles -N 16,32 --seeds 2 --iterations 2 --train 64 -T 10 --seed 3");
        ParticleSweepResult p = assertInstanceOf(ParticleSweepResult.class, r);
        assertEquals(2, p.particles().length);
        assertEquals(2, p.table().rowCount());
        assertInstanceOf(Outputs.class, p.outputs());
        Object again = harness().line(new TwistedSmcMagic(), "particles -N 16,32 --seeds 2 --iterations 2 --train 64 -T 10 --seed 3");
        assertEquals(p.logZVariance(0, 1), ((ParticleSweepResult) again).logZVariance(0, 1));
    }

    @Test
    void iterationsAcceptsInfinityAndUserDataAndReward() throws Exception {
        variables.put("mu", new double[][] {{-1, 0}, {1, 1}});
        variables.put("s", new double[] {0.3, 0.5});
        ToDoubleFunction<double[]> r = x -> -Math.abs(x[0] - 1);
        variables.put("r", r);
        Object out = harness().line(new TwistedSmcMagic(),
                "iterations --means mu --sds s --reward r --beta 0.5 --etas 1,inf --iterations 2 --train 32 --seeds 2 -T 8");
        IterationSweepResult it = assertInstanceOf(IterationSweepResult.class, out);
        assertTrue(Double.isInfinite(it.etas()[1]));
        assertEquals(2 * 3, it.table().rowCount());
        assertTrue(it.problem().contains("2-D"));
    }

    @Test
    void samplesIn2d() throws Exception {
        Object out = harness().line(new TwistedSmcMagic(), "samples --data 2d -N 64 --iterations 2 --train 64 -T 10");
        SampleComparisonResult s = assertInstanceOf(SampleComparisonResult.class, out);
        assertEquals(5, s.table().rowCount());
        assertInstanceOf(Outputs.class, s.outputs());
    }

    @Test
    void clearErrors() {
        assertThrows(UserError.class, () -> harness().line(new TwistedSmcMagic(), ""));
        assertTrue(assertThrows(UserError.class, () -> harness().line(new TwistedSmcMagic(), "samples --data 3d")).getMessage().contains("1d or 2d"));
        variables.put("notAReward", "hello");
        assertTrue(assertThrows(UserError.class, () -> harness().line(new TwistedSmcMagic(), "samples --reward notAReward")).getMessage()
                .contains("Reward"));
        assertTrue(assertThrows(UserError.class, () -> harness().line(new TwistedSmcMagic(), "samples --eta wide")).getMessage().contains("eta"));
    }
}
