package lab.subspace.magics.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Npy;
import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.random.Rng;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** %fourier-learning end to end through picocli, as the kernel runs it, and what its results show. */
class FourierMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses the line the way the kernel does (picocli, sub-commands) and runs the leaf command. */
    private Object run(String args) throws Exception {
        return new MagicHarness("fourier-learning", dir, variables).line(new FourierMagic(), args);
    }

    @Test
    void curvesOnSyntheticSignalsShowATableAndAFigure() throws Exception {
        CurvesResult r = (CurvesResult) run("curves --side 8 --steps 3000 --seed 2");
        assertEquals(8, r.spec().side());
        Outputs out = FourierView.curves(r);
        assertInstanceOf(Table.class, out.parts().get(0));
        assertInstanceOf(Figure.class, out.parts().get(1));
    }

    @Test
    void scalingAndTexturesRunWithTheirOptions() throws Exception {
        ScalingResult s = (ScalingResult) run("scaling --sizes 8 --alphas 1.5 --seeds 1 --max-steps 20000 --seed 1");
        assertEquals(1, s.runs().size());
        assertEquals(1, s.spec().dims());
        ScalingResult t = (ScalingResult) run("textures --sizes 3 --alphas 2 --seeds 1 --max-steps 2000");
        assertEquals(2, t.spec().dims());
        assertEquals(9, t.runs().get(0).inputs());
        assertEquals(1.0, t.spec().lrPower());
        Outputs out = FourierView.scaling(t);
        assertEquals(2, out.parts().size());
        assertEquals(1, ((Table) out.parts().get(0)).rowCount());
    }

    @Test
    void curvesOnYourOwnDataFromVariablesAndNpyFiles() throws Exception {
        PhaseTask task = PhaseTask.of(Grid.line(8), 0.5, 1, 4);
        Rng rng = new Rng(5);
        DMatrixRMaj x = new DMatrixRMaj(300, 8);
        double[][] labels = new double[300][1];
        for (int i = 0; i < 300; i++) {
            int y = i % 2;
            labels[i][0] = y;
            System.arraycopy(task.sample(y, rng), 0, x.data, i * 8, 8);
        }
        Npy.write(dir.resolve("x.npy"), x);
        Npy.write(dir.resolve("y.npy"), labels);
        variables.put("X", x);
        variables.put("y", labels);
        CurvesResult r = (CurvesResult) run("curves --train x.npy --train-labels y.npy --test X --test-labels y --side 8 --steps 2000");
        assertEquals(r.curve().steps().length, r.curve().phaseAccuracy().length);
        UserError missing = assertThrows(UserError.class, () -> run("curves --train X --side 8"));
        assertTrue(missing.getMessage().contains("--test-labels"));
        UserError shape = assertThrows(UserError.class,
                () -> run("curves --train X --train-labels y --test X --test-labels y --side 16"));
        assertTrue(shape.getMessage().contains("8 columns"), shape.getMessage());
    }

    @Test
    void withoutAnExperimentTheMagicSaysWhichExist() throws Exception {
        UserError e = assertThrows(UserError.class, () -> run(""));
        assertTrue(e.getMessage().contains("curves, scaling or textures"));
    }
}
