package lab.subspace.magics.symopt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Matrices;
import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.PluginContext;
import lab.subspace.kernel.spi.Renderer;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import lab.subspace.numerics.random.Rng;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

class SymOptMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses the line the way the kernel does (picocli, sub-commands) and runs the leaf command. */
    private Object run(String... args) throws Exception {
        return new MagicHarness("symopt", dir, variables).run(new SymOptMagic(), args);
    }

    @Test
    void equivarianceChecksYourRuleFromANotebookVariable() throws Exception {
        variables.put("mine", (UpdateRule) m -> UpdateRules.rowNorm().apply(m));
        EquivarianceTable t = (EquivarianceTable) run("equivariance", "--rule", "mine", "--only-yours", "--rows", "6", "--cols", "4",
                "--steps", "2", "--trials", "2");
        assertEquals(1, t.candidates().size());
        assertTrue(t.error("mine", Group.ROW_PERMUTATION) < Equivariance.EXACT);
        assertTrue(t.error("mine", Group.ORTHOGONAL) > Equivariance.BROKEN);
        variables.put("notARule", 3);
        assertTrue(assertThrows(UserError.class, () -> run("equivariance", "--rule", "notARule")).getMessage().contains("UpdateRule"));
        assertThrows(UserError.class, () -> run("equivariance", "--only-yours"));
    }

    @Test
    void polarChecksYourMatrix() throws Exception {
        variables.put("g", Matrices.toArray(new Rng(61).gaussian(7, 3)));
        PolarReport r = (PolarReport) run("polar", "--rows", "8", "--cols", "3", "--conditions", "10", "--matrix", "g");
        assertEquals(4, r.cases().size());
        assertEquals("your matrix 0", r.cases().get(3).name());
        assertTrue(r.cases().get(3).newtonSchulzError() < 1e-10);
    }

    @Test
    void bigramTrainsOnYourTokenIds() throws Exception {
        double[] tokens = new double[200];
        Rng rng = new Rng(62);
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = rng.nextInt(6);
        }
        variables.put("ids", tokens);
        TrainingComparison c = (TrainingComparison) run("bigram", "--tokens", "ids", "--width", "3", "--batch", "16", "--steps", "20",
                "--eval-every", "10", "--seeds", "1");
        assertEquals(15, c.runs().size());
        assertArrayEquals(new int[] {0, 10, 20}, c.runs().get(0).steps(), "--steps and --eval-every set the schedule");
        assertTrue(Double.isNaN(c.floor()));
        tokens[5] = 1.5;
        assertTrue(assertThrows(UserError.class, () -> run("bigram", "--tokens", "ids", "--steps", "2")).getMessage().contains("entry 5"));
    }

    @Test
    void routerTrainsOnYourInputsAndTargets() throws Exception {
        Rng rng = new Rng(63);
        variables.put("x", rng.gaussian(60, 4));
        variables.put("y", rng.gaussian(60, 2));
        TrainingComparison c = (TrainingComparison) run("router", "--x", "x", "--y", "y", "--experts", "3", "--batch", "8", "--steps", "10",
                "--eval-every", "5", "--seeds", "1");
        assertTrue(c.hasRouter());
        assertArrayEquals(new int[] {0, 5, 10}, c.runs().get(0).steps(), "--steps and --eval-every set the schedule");
        assertArrayEquals(new long[] {RouterSpec.defaults().seed()}, c.seeds(), "--seed keeps the spec's default");
        assertEquals(5 * RouterExperiment.defaultGrid().length, c.runs().size(), "5 methods, each on the same grid, one seed");
        assertTrue(assertThrows(UserError.class, () -> run("router", "--x", "x")).getMessage().contains("--y"));
        assertThrows(UserError.class, () -> run());
    }

    @Test
    void pluginRegistersTheMagicAndPresentsEveryResultAsATableAndFigures() throws Exception {
        List<Class<?>> magics = new ArrayList<>();
        Map<Class<?>, Function<Object, ?>> presenters = new HashMap<>();
        SymOptPlugin.register(new PluginContext() {
            public void magic(Class<? extends Magic> type) { magics.add(type); }
            public <M extends Magic> void magic(Class<M> type, Supplier<? extends M> factory) { magics.add(type); }
            public <T> void renderer(Class<T> type, Renderer<? super T> renderer) { }
            @SuppressWarnings("unchecked")
            public <T> void presenter(Class<T> type, Function<? super T, ?> presenter) {
                presenters.put(type, (Function<Object, ?>) presenter);
            }
            public void imports(String... imports) { }
        });
        assertEquals(List.of(SymOptMagic.class), magics);
        EquivarianceTable t = Equivariance.table(List.of(Candidate.adamW()), List.of(Group.ORTHOGONAL), 4, 3, 1, 1, null, 0L);
        assertParts((Outputs) presenters.get(EquivarianceTable.class).apply(t), 1, 1);
        PolarReport p = PolarCheck.run(5, 2, new double[] {2}, List.of(), 0L);
        assertParts((Outputs) presenters.get(PolarReport.class).apply(p), 1, 1);
        RouterSpec spec = new RouterSpec(4, 2, 1, 3.0, 64, new MoeSpec(2, 1, 8, 0, 0), 4, 2, 0, 1, 1L);
        TrainingComparison moe = RouterExperiment.run(spec.syntheticTask(), spec, RouterExperiment.defaultMethods(0, 1, null));
        assertParts((Outputs) presenters.get(TrainingComparison.class).apply(moe), 1, 3);
    }

    private static void assertParts(Outputs o, int tables, int figures) {
        assertEquals(tables, o.parts().stream().filter(Table.class::isInstance).count());
        assertEquals(figures, o.parts().stream().filter(Figure.class::isInstance).count());
    }
}
