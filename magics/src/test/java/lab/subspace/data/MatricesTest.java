package lab.subspace.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ejml.data.DMatrixRMaj;
import org.ejml.data.DMatrixSparseCSC;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class MatricesTest {

    @TempDir
    Path dir;

    private static final double[] FLAT = {1, 2, 3, 4, 5, 6};

    @Test
    void convertsEveryArrayType() {
        assertArrayEquals(FLAT, Matrices.from("a", new double[][] {{1, 2, 3}, {4, 5, 6}}).data);
        assertArrayEquals(FLAT, Matrices.from("a", new float[][] {{1, 2, 3}, {4, 5, 6}}).data);
        assertArrayEquals(FLAT, Matrices.from("a", new int[][] {{1, 2, 3}, {4, 5, 6}}).data);
        assertArrayEquals(FLAT, Matrices.from("a", new long[][] {{1, 2, 3}, {4, 5, 6}}).data);
        DMatrixRMaj col = Matrices.from("v", new double[] {1, 2, 3});
        assertEquals(3, col.numRows);
        assertEquals(1, col.numCols);
        DMatrixRMaj row = Matrices.row(new double[] {1, 2, 3});
        assertEquals(1, row.numRows);
        assertEquals(3, row.numCols);
        assertEquals(0, Matrices.of(new double[0][]).numRows);
    }

    @Test
    void convertsEjmlTypesWithoutAliasing() {
        DMatrixRMaj m = new DMatrixRMaj(2, 3, true, FLAT);
        DMatrixRMaj c = Matrices.from("m", m);
        assertNotSame(m, c);
        assertArrayEquals(FLAT, c.data);
        assertArrayEquals(FLAT, Matrices.from("s", new SimpleMatrix(m)).data);
        DMatrixSparseCSC sparse = new DMatrixSparseCSC(2, 3);
        sparse.set(1, 2, 7);
        DMatrixRMaj dense = Matrices.from("sp", sparse);
        assertEquals(7.0, dense.get(1, 2));
        assertEquals(0.0, dense.get(0, 0));
        NpyArray a = NpyArray.of(FLAT.clone(), 3, 2);
        assertEquals(3, Matrices.from("npy", a).numRows);
    }

    @Test
    void raggedArraysAndUnknownTypesAreRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.from("X", new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().startsWith("X: ragged array: row 1 has 1 entries but row 0 has 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrices.from("X", java.util.Map.of()));
        assertTrue(e.getMessage().startsWith("X is a java.util."), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrices.from("X", null));
        assertEquals("X is null", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Matrices.from("X", "data.txt"));
        assertTrue(e.getMessage().contains(".npy, .csv or .tsv"), e.getMessage());
    }

    @Test
    void tablesGiveNumericColumnsAndNameTheOffendingOne() {
        Table t = Table.create("t", DoubleColumn.create("a", 1.0, 2.0), IntColumn.create("b", 3, 4),
                StringColumn.create("name", "p", "q"), BooleanColumn.create("flag", true, false));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Matrices.of(t));
        assertTrue(e.getMessage().contains("column 'name'") && e.getMessage().contains("STRING"), e.getMessage());
        DMatrixRMaj m = Matrices.of(t, "b", "a", "flag");
        assertArrayEquals(new double[] {3, 1, 1, 4, 2, 0}, m.data);
        e = assertThrows(IllegalArgumentException.class, () -> Matrices.of(t, "zzz"));
        assertTrue(e.getMessage().contains("no column 'zzz'"), e.getMessage());
        Table withMissing = Table.create("w", DoubleColumn.create("a", new double[] {1, Double.NaN}));
        e = assertThrows(IllegalArgumentException.class, () -> Matrices.of(withMissing));
        assertTrue(e.getMessage().contains("missing value at row 1"), e.getMessage());
        Table back = Matrices.toTable(m, "b", "a", "flag");
        assertEquals(4.0, back.doubleColumn("b").get(1));
        assertEquals("x0", Matrices.toTable(m).columnNames().get(0));
    }

    @Test
    void readsNpyAndCsvPaths() throws Exception {
        Path npy = dir.resolve("m.npy");
        Npy.write(npy, new DMatrixRMaj(2, 3, true, FLAT));
        assertArrayEquals(FLAT, Matrices.from("m", npy.toString()).data);
        assertArrayEquals(FLAT, Matrices.from("m", npy.toFile()).data);
        Path csv = dir.resolve("m.CSV");
        Files.writeString(csv, "a,b,c\n1,2,3\n4,5,6\n");
        assertArrayEquals(FLAT, Matrices.from("m", csv).data);
    }

    @Test
    void maskedKeepsMissingValues() throws Exception {
        DMatrixRMaj y = new DMatrixRMaj(new double[][] {{1, Double.NaN}, {Double.NaN, 4}});
        MaskedMatrix mm = Matrices.masked("Y", y);
        assertEquals(2, mm.observed());
        assertArrayEquals(new double[] {1, 0, 0, 4}, mm.values().data);
        assertArrayEquals(new double[] {1, 0, 0, 1}, mm.mask().data);
        assertEquals(0.5, mm.observedFraction());
        assertTrue(mm.isObserved(1, 1));
        Path csv = dir.resolve("y.csv");
        Files.writeString(csv, "a,b\n1,\nNA,4\n");
        MaskedMatrix fromCsv = Matrices.masked("Y", csv.toString());
        assertArrayEquals(new double[] {1, 0, 0, 1}, fromCsv.mask().data);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Matrices.masked("Y", new double[][] {{1, Double.POSITIVE_INFINITY}}));
        assertTrue(e.getMessage().contains("Infinity at (0, 1)"), e.getMessage());
    }

    @Test
    void validationMessagesNameShapesAndPositions() {
        DMatrixRMaj a = new DMatrixRMaj(2, 3);
        DMatrixRMaj b = new DMatrixRMaj(2, 2);
        assertEquals("X has 3 columns but Y has 2", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireSameColumns("X", a, "Y", b)).getMessage());
        assertEquals("X must be 3 x 3 but is 2 x 3", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireShape("X", a, 3, 3)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Matrices.requireRows("X", a, 5))
                .getMessage().startsWith("X must have 5 rows but has 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Matrices.requireCols("X", a, 5))
                .getMessage().startsWith("X must have 5 columns but has 3"));
        assertEquals("X is 2 x 3 but Y is 2 x 2", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireSameShape("X", a, "Y", b)).getMessage());
        assertEquals("X must be square but is 2 x 3", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireSquare("X", a)).getMessage());
        Matrices.requireSameRows("X", a, "Y", b);
        a.set(1, 2, Double.NaN);
        assertEquals("X contains NaN at (1, 2)", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireFinite("X", a)).getMessage());
        assertEquals("w contains Infinity at index 1", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireFinite("w", new double[] {0, Double.POSITIVE_INFINITY})).getMessage());
        assertEquals("X is empty (0 x 3)", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireNonEmpty("X", new DMatrixRMaj(0, 3))).getMessage());
        assertEquals("v must have 3 entries but has 2", assertThrows(IllegalArgumentException.class,
                () -> Matrices.requireLength("v", new double[2], 3)).getMessage());
    }
}
