package lab.subspace.magics.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import lab.subspace.data.Npy;
import lab.subspace.display.Outputs;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import tech.tablesaw.api.Table;

class SubspaceAuditMagicTest {

    private static final SyntheticActivations.Model MODEL = SyntheticActivations.generate(3, 64, 24, 5);

    @TempDir
    Path dir;

    private MagicHarness context(Map<String, Object> variables) {
        return new MagicHarness("subspace-audit", dir, variables);
    }

    /** Parses like the kernel does and runs the leaf command. */
    private static Object run(MagicHarness c, String... args) throws Exception {
        return c.run(new SubspaceAuditMagic(), args);
    }

    @Test
    void fourVariantAuditFromVariables() throws Exception {
        ActivationSets s = MODEL.layers().sets().get(1);
        Map<String, Object> vars = new HashMap<>(Map.of("B", s.base(), "A", s.aligned(), "TB", s.templateBase(),
                "TA", s.templateAligned(), "ds", s.safety()));
        ToDoubleFunction<DMatrixRMaj> rows = h -> h.numRows;
        vars.put("f", rows);
        AuditReport r = (AuditReport) run(context(vars), "--base", "B", "--aligned", "A", "--template-base", "TB",
                "--template-aligned", "TA", "--safety-rows", "ds", "--control-rows", "24:48", "--ablate", "0,1,2",
                "--downstream", "f", "--bootstrap", "10", "--seed", "3");
        assertEquals(4, r.variants().size());
        assertArrayEquals(new double[] {24, 24, 24}, r.ablation().top(), 0);
        AuditReport api = Audit.run(s, AuditOptions.defaults().bootstrap(10).seed(3));
        for (int i = 0; i < 4; i++) {
            assertEquals(api.variants().get(i).uncentered().rankEps(), r.variants().get(i).uncentered().rankEps());
            assertEquals(api.variants().get(i).interval(), r.variants().get(i).interval());
        }
        Outputs out = AuditView.present(r);
        assertEquals(3, out.parts().size());
        Table t = (Table) out.parts().get(0);
        assertEquals(4, t.rowCount());
        assertEquals("DiD", t.stringColumn("variant").get(3));
    }

    @Test
    void shiftFromAnNpyFileAndLayersFromADirectory() throws Exception {
        DMatrixRMaj m = Planted.withSingularValues(30, 50, new double[] {4, 2, 1}, 2);
        Npy.write(dir.resolve("m.npy"), m);
        AuditReport r = (AuditReport) run(context(Map.of()), "--shift", "m.npy", "--center");
        assertEquals(ShiftVariant.SHIFT, r.variants().get(0).variant());
        assertEquals(EffectiveRank.of(m, 0.05).rankEps(), r.variants().get(0).uncentered().rankEps());

        Path layers = Files.createDirectories(dir.resolve("acts"));
        for (String model : new String[] {"base", "aligned", "template-base", "template-aligned"}) {
            Files.createDirectories(layers.resolve(model));
        }
        for (int l = 0; l < 3; l++) {
            ActivationSets s = MODEL.layers().sets().get(l);
            // names that sort differently as text and as numbers
            String file = "layer_" + (l == 2 ? 10 : l) + ".npy";
            Npy.write(layers.resolve("base").resolve(file), s.base());
            Npy.write(layers.resolve("aligned").resolve(file), s.aligned());
            Npy.write(layers.resolve("template-base").resolve(file), s.templateBase());
            Npy.write(layers.resolve("template-aligned").resolve(file), s.templateAligned());
        }
        LayerReport lr = (LayerReport) run(context(Map.of()), "--layers", "acts", "--safety-rows", "0:24",
                "--control-rows", "24:48");
        assertEquals(List.of("layer_0", "layer_1", "layer_10"), lr.names());
        assertEquals(ShiftVariant.DID, lr.primary());
        assertEquals(6, lr.gaps().size());
        LayerReport api = Audit.layers(MODEL.layers(), AuditOptions.defaults());
        assertArrayEquals(api.rho(), lr.rho(), 1e-12);
        assertEquals(5, AuditView.present(lr).parts().size());

        // LayerFiles.write produces the layout read back by --layers, here given as a Path variable
        Path written = LayerFiles.write(dir.resolve("written"), MODEL.layers());
        LayerReport wr = (LayerReport) run(context(Map.of("acts", written)), "--layers", "acts", "--safety-rows", "0:24",
                "--control-rows", "24:48");
        assertEquals(List.of("layer_00", "layer_01", "layer_02"), wr.names());
        assertArrayEquals(api.rho(), wr.rho(), 1e-12);

        Path shifts = Files.createDirectories(dir.resolve("shifts"));
        Npy.write(shifts.resolve("l2.npy"), m);
        Npy.write(shifts.resolve("l1.npy"), m);
        LayerReport sr = (LayerReport) run(context(Map.of()), "--layers", "shifts");
        assertEquals(List.of("l1", "l2"), sr.names());
        assertEquals(ShiftVariant.SHIFT, sr.primary());
    }

    @Test
    void mistakesAreUserErrors() {
        MagicHarness c = context(Map.of("M", new double[][] {{1, 2}, {3, 4}}, "s", "text"));
        assertEquals("give --shift M, or --base B --aligned A (or --layers DIR)",
                assertThrows(UserError.class, () -> run(c)).getMessage());
        assertEquals("give either --shift or --base/--aligned, not both",
                assertThrows(UserError.class, () -> run(c, "--shift", "M", "--base", "M", "--aligned", "M")).getMessage());
        assertEquals("--layers nowhere: no such directory (" + dir.resolve("nowhere") + ")",
                assertThrows(UserError.class, () -> run(c, "--layers", "nowhere")).getMessage());
        assertEquals("--safety-rows 3:1: the range 3:1 is empty (write start:end with end > start)",
                assertThrows(UserError.class, () -> run(c, "--shift", "M", "--safety-rows", "3:1")).getMessage());
        assertEquals("--downstream s must be a ToDoubleFunction<DMatrixRMaj> (or Function<DMatrixRMaj, Double>), not String",
                assertThrows(UserError.class, () -> run(c, "--shift", "M", "--downstream", "s")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> run(c, "--shift", "M", "--safety-rows", "0,5")).getMessage().startsWith("safety row 5"));
    }

    @Test
    void rangeSpecsAreSlices() {
        assertArrayEquals(new int[] {0, 1, 2, 7}, RowSets.parse("--safety-rows", "0:3,7"));
    }
}
