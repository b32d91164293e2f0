package lab.subspace.magics.sinkhorn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.display.Outputs;
import lab.subspace.display.image.Gallery;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.ot.GroundCost;
import lab.subspace.numerics.ot.OT;
import lab.subspace.numerics.ot.OtProblem;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** %sinkhorn as the kernel runs it: picocli options in, the plain API's report out, and how it is shown. */
class SinkhornMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses like the kernel's MagicInvoker and runs the innermost command. */
    private Object run(String... args) throws Exception {
        return new MagicHarness("sinkhorn", dir, variables).run(new SinkhornMagic(), args);
    }

    @Test
    void variablesInReportOutWithTheTableAndFigures() throws Exception {
        variables.put("x", Matrices.toArray(OtClouds.isotropic(40, 1L)));
        variables.put("y", OtClouds.stretched(30, 2L));
        SinkhornReport r = (SinkhornReport) run("--source", "x", "--target", "y", "--eps", "0.02", "--slices", "20", "--seed", "5");
        assertEquals(4, r.runs().size());
        assertEquals(0.02, r.settings().eps());
        assertEquals(20, r.settings().slices());
        assertEquals(Set.of(SinkhornPlot.MAP, SinkhornPlot.CONVERGENCE), r.plots());
        Outputs shown = SinkhornView.present(r);
        assertInstanceOf(Table.class, shown.parts().get(0));
        assertEquals(1 + 4 + 1, shown.parts().size(), "table, one map per method, convergence");
        shown.parts().stream().skip(1).forEach(p -> assertInstanceOf(Figure.class, p));
        SinkhornReport plans = r.withPlots(SinkhornPlot.parse("plan", 2, true));
        assertEquals(1 + 4, SinkhornView.present(plans).parts().size());
    }

    @Test
    void filesWeightsCostAndMethodsAreHonoured() throws Exception {
        DMatrixRMaj x = OtClouds.isotropic(20, 3L);
        DMatrixRMaj y = OtClouds.stretched(25, 4L);
        Npy.write(dir.resolve("x.npy"), x);
        Npy.write(dir.resolve("y.npy"), y);
        double[] a = new double[20];
        for (int i = 0; i < 20; i++) {
            a[i] = (i + 1) / 210.0;
        }
        variables.put("a", a);
        SinkhornReport r = (SinkhornReport) run("--source", "x.npy", "--target", "y.npy", "--weights-a", "a",
                "--method", "exact", "--cost", "euclidean", "--plot", "none");
        OtProblem p = OtProblem.of(x, y, GroundCost.EUCLIDEAN).withWeights(a, lab.subspace.numerics.ot.Weights.uniform(25));
        assertEquals(OT.exact(p).cost(), r.cost(OtMethod.EXACT), 1e-12);
        assertArrayEquals(a, r.problem().a());
        assertEquals(Set.of(), r.plots());
        assertEquals(List.of(OtMethod.EXACT), r.runs().stream().map(MethodRun::method).toList());
    }

    @Test
    void mistakesAreOneLineErrors() {
        variables.put("x", new double[][] {{0, 0}, {1, 1}});
        variables.put("y3", new double[][] {{0, 0, 0}, {1, 1, 1}});
        variables.put("a", new double[] {0.5, 0.6});
        UserError e = assertThrows(UserError.class, () -> run("--source", "x"));
        assertTrue(e.getMessage().startsWith("give --source and --target"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> run("--source", "x", "--target", "y3"));
        assertTrue(bad.getMessage().contains("x has 2 columns but y has 3"), bad.getMessage());
        bad = assertThrows(IllegalArgumentException.class, () -> run("--source", "x", "--target", "x", "--weights-a", "a"));
        assertTrue(bad.getMessage().contains("different total mass"), bad.getMessage());
        bad = assertThrows(IllegalArgumentException.class, () -> run("--source", "y3", "--target", "y3", "--plot", "map"));
        assertTrue(bad.getMessage().contains("use --plot plan"), bad.getMessage());
        bad = assertThrows(IllegalArgumentException.class, () -> run("--source", "x", "--target", "x", "--method", "emd2"));
        assertTrue(bad.getMessage().startsWith("unknown method 'emd2'"), bad.getMessage());
        e = assertThrows(UserError.class, () -> run("--source", "x", "--target", "x", "--cost", "cosine"));
        assertTrue(e.getMessage().contains("use sqeuclidean or euclidean"), e.getMessage());
        e = assertThrows(UserError.class, () -> run("--source", "nope", "--target", "x"));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void experimentsAreSubCommandsWithTheirOwnResults() throws Exception {
        AccuracyReport acc = (AccuracyReport) run("accuracy", "--n", "30", "--problems", "1", "--eps", "0.1,0.01", "--slices", "20");
        assertEquals(2 * 2 + 1, acc.points().size());
        assertEquals(3, AccuracyView.present(acc).parts().size());
        ColourTransferReport colour = (ColourTransferReport) run("color", "--size", "12", "--samples", "40", "--slices", "10");
        assertEquals(4, colour.transferred().size());
        assertEquals(12, colour.source().width());
        assertInstanceOf(Gallery.class, ColourTransferView.present(colour).parts().get(0));
        FlowReport flow = (FlowReport) run("flow", "--n", "20", "--steps", "3", "--snapshots", "0,3", "--method", "srot,sot");
        assertEquals(2, flow.tracks().size());
        assertEquals(4, flow.track(OtMethod.SOT).w2().length);
        assertEquals(1 + 1 + 2, FlowView.present(flow).parts().size(), "table, W2 curve, snapshots per method");
        UserError e = assertThrows(UserError.class, () -> run("flow", "--source", "x"));
        assertTrue(e.getMessage().contains("both --source and --target"), e.getMessage());
    }
}
