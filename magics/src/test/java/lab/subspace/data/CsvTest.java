package lab.subspace.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class CsvTest {

    @TempDir
    Path dir;

    @Test
    void parsesHeaderTypesAndMissingValues() {
        Table t = Csv.parse("x,y,label\n1.5,2,a\n,3,b\nNaN,NA,c\n");
        assertEquals(3, t.rowCount());
        assertEquals(ColumnType.DOUBLE, t.column("x").type());
        assertEquals(ColumnType.STRING, t.column("label").type());
        assertTrue(t.column("x").isMissing(1));
        assertTrue(t.column("x").isMissing(2));
        assertTrue(t.column("y").isMissing(2));
        assertEquals(1.5, t.doubleColumn("x").get(0));
    }

    @Test
    void lateNonNumbersAreNotMistakenForNumbers() {
        StringBuilder sb = new StringBuilder("v\n");
        for (int i = 0; i < 200; i++) {
            sb.append(i).append('\n');
        }
        sb.append("oops\n");
        Table t = Csv.parse(sb.toString());
        assertEquals(ColumnType.STRING, t.column("v").type());
    }

    @Test
    void writesAndReadsBackFilesIncludingTsv() throws Exception {
        Table t = Table.create("r", DoubleColumn.create("a", 1.0, 2.5), StringColumn.create("b", "p", "q"));
        Path p = dir.resolve("r.csv");
        Csv.write(t, p);
        assertEquals("a,b", Files.readAllLines(p).get(0));
        Table back = Csv.read(p);
        assertEquals(2.5, ((Number) back.column("a").get(1)).doubleValue());
        assertEquals("q", back.column("b").getString(1));
        Path tsv = dir.resolve("r.tsv");
        Files.writeString(tsv, "a\tb\n1\t2\n");
        assertEquals(2, Csv.read(tsv).columnCount());
        assertTrue(Csv.toCsv(t).startsWith("a,b"));
        Table noHeader = Csv.parse("1;2\n3;4\n", ';', false);
        assertEquals(2, noHeader.rowCount());
    }

    @Test
    void missingFileIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Csv.read(dir.resolve("nope.csv")));
        assertTrue(e.getMessage().contains("file not found") && e.getMessage().contains("nope.csv"));
    }
}
