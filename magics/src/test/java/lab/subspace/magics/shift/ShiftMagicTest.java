package lab.subspace.magics.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Csv;
import lab.subspace.data.Matrices;
import lab.subspace.display.Outputs;
import lab.subspace.display.plotly.FigureJson;
import lab.subspace.kernel.spi.Magic;
import lab.subspace.kernel.spi.PluginContext;
import lab.subspace.kernel.spi.Renderer;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/** %shift end to end through picocli, as the kernel runs it, and what its results show. */
class ShiftMagicTest {

    @TempDir
    Path dir;

    private final Map<String, Object> variables = new HashMap<>();

    /** Parses like the kernel (case-insensitive enums) and runs the leaf sub-command. */
    private Object run(String args) throws Exception {
        return new MagicHarness("shift", dir, variables).line(new ShiftMagic(), args);
    }

    private static final String SMALL = " --k 100 --n 600 --dims 8";

    @Test
    void detectsAndAttributesOnUserTablesAndCsvFiles() throws Exception {
        Benchmark b = ShiftBenchmarks.broad(600, 8, new int[] {2, 4}, 0.8, 1);
        String[] names = {"age", "hr", "qrs", "pr", "qt", "axis", "amp", "noise"};
        variables.put("a", Matrices.toTable(b.data().reference(), names));
        variables.put("b", Matrices.toTable(b.data().test(), names));
        ShiftReport r = (ShiftReport) run("detect --reference a --test b --k 100");
        assertEquals(Set.of("qrs", "qt"), new TreeSet<>(r.shiftFeatures()));
        assertTrue(r.title().contains("a vs b"));

        Csv.write((Table) variables.get("a"), dir.resolve("a.csv"));
        Csv.write((Table) variables.get("b"), dir.resolve("b.csv"));
        ShiftReport fromFiles = (ShiftReport) run("detect --reference a.csv --test b.csv --k 100 --columns qrs,hr,axis");
        assertEquals(List.of("qrs", "hr", "axis"), fromFiles.data().features());
        assertEquals(List.of("qrs"), fromFiles.shiftFeatures());

        variables.put("X", Matrices.toArray(b.data().reference()));
        variables.put("Y", b.data().test());
        ShiftReport fromMatrices = (ShiftReport) run("detect --reference X --test Y --k 100");
        assertEquals(Set.of("x2", "x4"), new TreeSet<>(fromMatrices.shiftFeatures()));
    }

    @Test
    void runsEveryExperiment() throws Exception {
        ShiftReport broad = (ShiftReport) run("detect --scenario broad --seed 1" + SMALL);
        assertEquals(Scenario.BROAD, broad.benchmark().scenario());
        assertTrue(broad.detection().shifted());
        variables.put("broad", broad);
        Compensation c = (Compensation) run("compensate --report broad --k 100");
        assertEquals(broad.shiftFeatures(), c.features());
        assertTrue(c.converged());
        Compensation direct = (Compensation) run("compensate --scenario null --seed 2 --features x0,x1" + SMALL);
        assertEquals(1, direct.rounds().size());
        assertEquals(0, direct.removed());
        NullCalibration rate = (NullCalibration) run("null-rate --replicates 1 --n 200 --dims 4 --k 60 --alphas 0.1,0.01");
        assertEquals(2, rate.alphas().length);
        NullComparison cmp = (NullComparison) run("threshold --k 80 --alpha 1e-3 --sequences 5000 --p 0.3 --seed 4");
        assertEquals(0.3, cmp.p());
        assertTrue(cmp.exact().exceedance() <= 1e-3);
        ShiftTiming timing = (ShiftTiming) run("timing --points 400 --dims 3,5 --k 50");
        assertEquals(2, timing.rows().size());
        assertEquals(400, timing.rows().get(1).points());
    }

    @Test
    void misuseBecomesAOneLineUserError() {
        UserError e = assertThrows(UserError.class, () -> run(""));
        assertTrue(e.getMessage().startsWith("choose an experiment"), e.getMessage());
        e = assertThrows(UserError.class, () -> run("detect"));
        assertTrue(e.getMessage().startsWith("give --reference and --test"), e.getMessage());
        variables.put("a", new double[][] {{1, 2}});
        e = assertThrows(UserError.class, () -> run("detect --scenario broad --reference a --test a"));
        assertEquals("give either --scenario or --reference and --test, not both", e.getMessage());
        e = assertThrows(UserError.class, () -> run("compensate --report a"));
        assertTrue(e.getMessage().startsWith("--report a must be a ShiftReport"), e.getMessage());
        e = assertThrows(UserError.class, () -> run("detect --scenario broad --dims 4"));
        assertTrue(e.getMessage().startsWith("--dims must be >= 8"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> run("detect --scenario null --n 100 --dims 8"));
    }

    @Test
    void thePluginRegistersTheMagicAndShowsEveryResultAsATableAndFigures() throws Exception {
        List<Class<?>> magics = new ArrayList<>();
        Map<Class<?>, Function<Object, ?>> presenters = new HashMap<>();
        PluginContext plugin = new PluginContext() {
            public void magic(Class<? extends Magic> type) {
                magics.add(type);
            }

            public <M extends Magic> void magic(Class<M> type, Supplier<? extends M> factory) {
                magics.add(type);
            }

            public <T> void renderer(Class<T> type, Renderer<? super T> renderer) {
            }

            @SuppressWarnings("unchecked")
            public <T> void presenter(Class<T> type, Function<? super T, ?> presenter) {
                presenters.put(type, (Function<Object, ?>) presenter);
            }

            public void imports(String... imports) {
            }
        };
        ShiftPlugin.register(plugin);
        assertEquals(List.of(ShiftMagic.class), magics);

        ShiftReport broad = (ShiftReport) run("detect --scenario broad --seed 2" + SMALL);
        variables.put("broad", broad);
        List<Object> results = List.of(broad, broad.detection(), broad.attribution(),
                run("compensate --report broad --k 100"),
                run("null-rate --replicates 1 --n 200 --dims 4 --k 60"),
                run("threshold --k 60 --sequences 2000"),
                run("timing --points 300 --dims 2 --k 40"),
                run("detect --scenario null --seed 3" + SMALL));
        for (Object result : results) {
            Object shown = presenters.get(result.getClass()).apply(result);
            Outputs outputs = assertInstanceOf(Outputs.class, shown, result.getClass().getSimpleName());
            assertInstanceOf(Table.class, outputs.parts().get(0));
            for (Object part : outputs.parts()) {
                if (part instanceof Figure f) {
                    String json = FigureJson.toJson(f);
                    assertTrue(json.contains("\"title\""), "figures have titles: " + json.substring(0, 200));
                }
            }
        }
        Outputs report = (Outputs) presenters.get(ShiftReport.class).apply(broad);
        assertEquals(4, report.parts().size()); // summary, greedy steps, points, attribution map
        String summary = report.parts().get(0).toString();
        assertTrue(summary.contains("x0, x1") || summary.contains("x1, x0"), summary);
        assertFalse(((Outputs) presenters.get(ShiftReport.class).apply(results.get(7))).parts().isEmpty());
    }
}
