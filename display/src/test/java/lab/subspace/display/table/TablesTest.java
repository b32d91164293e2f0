package lab.subspace.display.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class TablesTest {

    private static Tables.Builder solvers() {
        return Tables.builder("results").strings("method").doubles("cost").ints("iterations");
    }

    @Test
    void buildsTypedColumnsWithMissingValues() {
        Table t = solvers().row("sinkhorn", 1.5, 40).row("emd", 2, null).row(null, null, 3).build();
        assertEquals("results", t.name());
        assertEquals(3, t.rowCount());
        assertTrue(t.column("cost") instanceof DoubleColumn);
        assertTrue(t.column("iterations") instanceof IntColumn);
        assertEquals(2.0, t.doubleColumn("cost").getDouble(1), "an int widens into a double column");
        assertTrue(Double.isNaN(t.doubleColumn("cost").getDouble(2)));
        assertTrue(t.intColumn("iterations").isMissing(1));
        assertTrue(t.stringColumn("method").isMissing(2));
    }

    @Test
    void longsAndBooleans() {
        Table t = Tables.builder("x").longs("n").booleans("converged").row(3_000_000_000L, true).row(1, null).build();
        assertEquals(3_000_000_000L, t.longColumn("n").getLong(0));
        assertEquals(1L, t.longColumn("n").getLong(1));
        assertTrue(t.booleanColumn("converged").isMissing(1));
    }

    @Test
    void wrongArityNamesRowAndColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solvers().row("a", 1.0, 2).row("b", 1.0));
        assertEquals("Row 1 of table 'results' has 2 values but the table has 3 columns (method, cost, iterations)", e.getMessage());
    }

    @Test
    void wrongTypesNameColumnAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solvers().row("a", "1.0", 2));
        assertEquals("Row 0 of table 'results': column 'cost' takes a number but got String \"1.0\"", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> solvers().row("a", 1.0, 2.0));
        assertEquals("Row 0 of table 'results': column 'iterations' takes an int but got Double 2.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> solvers().row(1, 1.0, 2));
        assertTrue(e.getMessage().contains("column 'method' takes a string but got Integer 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> solvers().row("a", 1.0, 3_000_000_000L));
        assertTrue(e.getMessage().contains("takes an int but got Long 3000000000"), e.getMessage());
    }

    @Test
    void aRejectedRowLeavesTheTableUnchanged() {
        Tables.Builder b = solvers().row("a", 1.0, 1);
        assertThrows(IllegalArgumentException.class, () -> b.row("b", 2.0, "x"));
        Table t = b.build();
        assertEquals(1, t.rowCount());
        assertEquals(1, t.column("method").size());
        assertEquals(1, t.column("cost").size(), "no partial row appended");
    }

    @Test
    void builtTablesDoNotChangeWithLaterRows() {
        Tables.Builder b = solvers().row("a", 1.0, 1);
        Table first = b.build();
        b.row("b", 2.0, 2);
        assertEquals(1, first.rowCount());
        assertEquals(2, b.build().rowCount());
    }

    @Test
    void declarationMistakes() {
        assertThrows(IllegalArgumentException.class, () -> Tables.builder("t").strings("a").doubles("A"), "duplicate name");
        assertThrows(IllegalArgumentException.class, () -> Tables.builder("t").strings(" "));
        assertThrows(IllegalArgumentException.class, () -> Tables.builder("t").row(1));
        assertThrows(IllegalArgumentException.class, () -> Tables.builder("t").build());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tables.builder("t").strings("a").row("x").doubles("b"));
        assertTrue(e.getMessage().contains("before the first row"));
    }
}
