package lab.subspace.magics.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import lab.subspace.data.Npy;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.MagicHarness;
import org.ejml.data.DMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class InputsTest {

    @TempDir
    Path dir;

    private MagicContext context(Map<String, Object> variables) {
        return new MagicHarness("t", dir, variables).context();
    }

    @Test
    void readsVariablesOfEverySupportedKind() {
        MagicContext c = context(Map.of("A", new double[][] {{1, 2}, {3, 4}},
                "T", Table.create("t", DoubleColumn.create("x", 5, 6)), "v", new double[] {7, 8}));
        assertEquals(4, Inputs.matrix(c, "--source", "A").get(1, 1));
        assertEquals(6, Inputs.matrix(c, "--source", "T").get(1, 0));
        assertArrayEquals(new double[] {7, 8}, Inputs.vector(c, "--weights", "v"));
        assertEquals("t", Inputs.table(c, "--table", "T").name());
    }

    @Test
    void readsFilesRelativeToTheNotebook() {
        Npy.write(dir.resolve("x.npy"), new double[][] {{1, 2, 3}});
        DMatrixRMaj m = Inputs.matrix(context(Map.of()), "--source", "x.npy");
        assertEquals(3, m.numCols);
    }

    @Test
    void maskedInputsKeepEmptyCsvCellsAsMissing() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("y.csv"), "a,b\n1,\n,4\n");
        lab.subspace.data.MaskedMatrix y = Inputs.masked(context(Map.of()), "--data", "y.csv");
        assertEquals(2, y.observed());
        assertEquals(4, y.values().get(1, 1));
    }

    @Test
    void missingVariablesAndFilesAreNamed() {
        MagicContext c = context(Map.of("grid", new double[1][1]));
        UserError e = assertThrows(UserError.class, () -> Inputs.matrix(c, "--source", "X"));
        assertTrue(e.getMessage().startsWith("--source: No notebook variable named 'X'") && e.getMessage().contains("grid"), e.getMessage());
        e = assertThrows(UserError.class, () -> Inputs.matrix(c, "--source", "missing.npy"));
        assertTrue(e.getMessage().contains("missing.npy: no such file"), e.getMessage());
        e = assertThrows(UserError.class, () -> Inputs.matrix(c, "--source", null));
        assertEquals("--source needs a value: a notebook variable or a .npy/.csv file", e.getMessage());
    }

    @Test
    void wrongTypesAndShapesAreUserErrors() {
        MagicContext c = context(Map.of("s", "text", "M", new double[][] {{1, 2}, {3, 4}}));
        UserError e = assertThrows(UserError.class, () -> Inputs.matrix(c, "--source", "s"));
        assertTrue(e.getMessage().startsWith("--source s: s: cannot tell the format of 'text'"), e.getMessage()); // a String variable may hold a path
        e = assertThrows(UserError.class, () -> Inputs.vector(c, "--weights", "M"));
        assertTrue(e.getMessage().contains("must be a vector"), e.getMessage());
    }
}
