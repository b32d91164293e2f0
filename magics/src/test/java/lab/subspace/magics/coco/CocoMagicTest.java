package lab.subspace.magics.coco;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Matrices;
import lab.subspace.data.Npy;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;

class CocoMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses the line the way the kernel does (picocli, sub-commands) and runs the leaf command. */
    private Object run(String... args) throws Exception {
        return new MagicHarness("coco", dir, variables).run(new CocoMagic(), args);
    }

    @Test
    void runMatchesTheJavaApiForTheSameSeed() throws Exception {
        CocoComparison r = assertInstanceOf(CocoComparison.class,
                run("run", "--losses", "convex", "-T", "200", "--dim", "2", "--planes", "5", "--seed", "3"));
        Scenario s = new Scenario(2, 200, 5, 1, 0.5, 1, 2, LossClass.CONVEX, 3);
        CocoComparison api = Coco.compare(s.problem(), s.options(), s.title());
        assertArrayEquals(api.ours().regret(), r.ours().regret(), 0);
        assertArrayEquals(api.baseline().ccv(), r.baseline().ccv(), 0);
        assertEquals(7, r.table().columnCount());
        assertEquals(4, r.outputs().parts().size());
    }

    @Test
    void dataTakesTargetsAndHalfSpacesFromVariablesAndFiles() throws Exception {
        double[][] centres = new double[60][];
        for (int t = 0; t < 60; t++) {
            centres[t] = new double[] {1 + 0.1 * Math.sin(t), 0.2 * Math.cos(t)};
        }
        variables.put("C", centres);
        Npy.write(dir.resolve("H.npy"), Matrices.of(new double[][] {{1, 0, 0.5}, {0, 1, 0.1}}));
        CocoComparison r = assertInstanceOf(CocoComparison.class,
                run("data", "--targets", "C", "--halfspaces", "H.npy", "--radius", "3"));
        double[] x = r.ours().finalPoint();
        assertTrue(x[0] <= 0.5 + 1e-9 && x[1] <= 0.1 + 1e-9, "the last play satisfies both half-spaces");
        assertEquals(0.5, x[0], 1e-6, "the pull towards x_1 = 1 presses it against x_1 <= 0.5");
        variables.put("order", new double[60]);
        CocoComparison only = (CocoComparison) run("data", "--targets", "C", "--halfspaces", "H.npy", "--order", "order",
                "--losses", "convex");
        assertTrue(only.ours().sets() == 1);
    }

    @Test
    void mistakesAreExplained() throws Exception {
        variables.put("C", new double[][] {{1, 0}, {0, 1}});
        variables.put("H", new double[][] {{1, 0}});
        assertEquals("--halfspaces has 2 columns but the targets have d = 2, so it needs d + 1 = 3",
                assertThrows(UserError.class, () -> run("data", "--targets", "C", "--halfspaces", "H")).getMessage());
        assertEquals("--losses must be strongly-convex or convex but is concave",
                assertThrows(UserError.class, () -> run("run", "--losses", "concave")).getMessage());
        variables.put("H3", new double[][] {{1, 0, 1}});
        variables.put("bad", new double[] {0.5, 0});
        assertEquals("--order must hold integers but entry 0 is 0.5", assertThrows(UserError.class,
                () -> run("data", "--targets", "C", "--halfspaces", "H3", "--order", "bad")).getMessage());
        assertThrows(UserError.class, () -> run());
        assertThrows(IllegalArgumentException.class, () -> run("run", "-T", "0"));
    }
}
