package lab.subspace.display.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;

import lab.subspace.kernel.spi.MimeBundle;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableRendererTest {

    private static Table small() {
        return Tables.builder("Solvers <&>").strings("method").doubles("cost").ints("iterations")
                .row("sinkhorn <i>", 0.1 + 0.2, 40)
                .row("emd", 1.5e-9, null)
                .row(null, null, 7)
                .build();
    }

    private static Table tall(int n) {
        return Table.create("tall", IntColumn.create("i", IntStream.range(0, n).toArray()),
                DoubleColumn.create("v", IntStream.range(0, n).mapToDouble(i -> i * 0.5).toArray()));
    }

    @Test
    void htmlIsEscapedWithCaptionAndFormattedNumbers() {
        String html = new TableRenderer().html(small());
        assertTrue(html.contains("<b>Solvers &lt;&amp;&gt;</b>"), html);
        assertTrue(html.contains("(3 rows × 3 columns)"), html);
        assertTrue(html.contains("sinkhorn &lt;i&gt;"));
        assertFalse(html.contains("<i>"));
        assertTrue(html.contains(">0.3</td>"), "0.30000000000000004 rounded");
        assertTrue(html.contains(">1.5e-09</td>"));
        assertTrue(html.contains(">40</td>"));
        assertTrue(html.contains("color:#999\">NaN</td>"), "missing double shown as muted NaN");
        assertTrue(html.contains("<td style=\"text-align:right\"></td>"), "missing int is an empty cell");
        assertTrue(html.contains("<th style=\"text-align:right\" title=\"INTEGER\">iterations</th>"), html);
    }

    @Test
    void textGridIsAlignedWithNumbersOnTheRight() {
        String text = new TableRenderer().text(small());
        String expected = String.join("\n",
                "Solvers <&> (3 rows × 3 columns)",
                " method       |    cost | iterations",
                "--------------+---------+-----------",
                " sinkhorn <i> |     0.3 |         40",
                " emd          | 1.5e-09 |",
                "              |     NaN |          7");
        assertEquals(expected, text);
    }

    @Test
    void shortTablesAreShownWhole() {
        Table t = tall(20);
        String html = new TableRenderer().html(t);
        assertEquals(20, count(html, "<tr><td"));
        assertFalse(html.contains("more row"));
    }

    @Test
    void longTablesShowHeadTailAndHiddenCount() {
        Table t = tall(1000);
        TableRenderer r = new TableRenderer();
        String html = r.html(t);
        assertTrue(html.contains("… 985 more rows …"), html);
        assertEquals(10 + 5 + 1, count(html, "<tr><td"));
        assertTrue(html.contains(">9</td>") && html.contains(">995</td>") && html.contains(">999</td>"));
        assertFalse(html.contains(">10</td>") || html.contains(">994</td>"));
        assertTrue(html.contains("1,000 rows"));
        assertTrue(html.indexOf(">9</td>") < html.indexOf("more rows") && html.indexOf("more rows") < html.indexOf(">995</td>"));

        String text = r.text(t);
        assertTrue(text.contains(" ... 985 more rows ..."), text);
        assertEquals(1 + 2 + 15 + 1, text.lines().count());
        assertTrue(text.lines().anyMatch(l -> l.startsWith(" 999 |")));
    }

    @Test
    void maxRowsIsConfigurableAndValidated() {
        String text = new TableRenderer(4).text(tall(10));
        assertTrue(text.contains("7 more rows"), text);
        assertThrows(IllegalArgumentException.class, () -> new TableRenderer(1));
    }

    @Test
    void bundleHasHtmlAndText() {
        MimeBundle b = new TableRenderer().render(small());
        assertTrue(b.has(MimeBundle.HTML) && b.has(MimeBundle.TEXT));
    }

    @Test
    void unnamedTableAndNewlinesInCells() {
        Table t = Table.create(StringColumn.create("s", "a\nb"));
        String text = new TableRenderer().text(t);
        assertTrue(text.startsWith("(1 row × 1 column)"), text);
        assertTrue(text.contains(" a b"), text);
        assertFalse(new TableRenderer().html(t).contains("<b>"));
    }

    private static int count(String s, String part) {
        return s.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
