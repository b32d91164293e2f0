package lab.subspace.display.table;

import java.util.Locale;

import lab.subspace.display.Html;
import lab.subspace.kernel.spi.MimeBundle;
import lab.subspace.kernel.spi.Renderer;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shows a Tablesaw {@link Table} as an escaped HTML table and an aligned text grid, with the
 * table's name as caption. Long tables show their head and tail with an "N more rows" row between
 * (Tablesaw's own HTML writer would write every row); doubles have ~6 significant digits
 * ({@link lab.subspace.display.Numbers}), integers are plain, a missing double shows as a muted
 * {@code NaN} and other missing values as empty cells.
 *
 * <pre>{@code
 * MimeBundle b = new TableRenderer().render(results);     // at most 20 rows shown
 * String text = new TableRenderer(50).text(results);      // at most 50 rows
 * }</pre>
 */
public final class TableRenderer implements Renderer<Table> {

    public static final int DEFAULT_MAX_ROWS = 20;

    private final int maxRows;

    public TableRenderer() {
        this(DEFAULT_MAX_ROWS);
    }

    /** Shows tables of up to {@code maxRows} rows whole, longer ones truncated. */
    public TableRenderer(int maxRows) {
        if (maxRows < 2) {
            throw new IllegalArgumentException("maxRows must be at least 2 but was " + maxRows);
        }
        this.maxRows = maxRows;
    }

    @Override
    public MimeBundle render(Table table) {
        return new MimeBundle().put(MimeBundle.HTML, html(table)).put(MimeBundle.TEXT, text(table));
    }

    public String html(Table table) {
        RowWindow w = RowWindow.of(table.rowCount(), maxRows);
        int cols = table.columnCount();
        StringBuilder out = new StringBuilder("<table class=\"subspace-table\">\n<caption style=\"caption-side:top;text-align:left\">");
        if (table.name() != null && !table.name().isBlank()) {
            out.append("<b>").append(Html.escape(table.name())).append("</b> ");
        }
        out.append("<span style=\"color:#777\">(").append(Html.escape(shape(table))).append(")</span></caption>\n<thead><tr>");
        for (Column<?> c : table.columns()) {
            out.append("<th style=\"text-align:").append(align(c)).append("\" title=\"").append(Html.escape(c.type().name()))
                    .append("\">").append(Html.escape(c.name())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < w.shown(); i++) {
            if (i == w.head() && w.hidden() > 0) {
                out.append("<tr><td colspan=\"").append(cols)
                        .append("\" style=\"text-align:center;font-style:italic;color:#777\">… ")
                        .append(w.moreText()).append(" …</td></tr>\n");
            }
            int row = w.row(i);
            out.append("<tr>");
            for (Column<?> c : table.columns()) {
                out.append("<td style=\"text-align:").append(align(c));
                if (Cells.shownMissing(c, row)) {
                    out.append(";color:#999");
                }
                out.append("\">").append(Html.escape(Cells.text(c, row))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>").toString();
    }

    public String text(Table table) {
        RowWindow w = RowWindow.of(table.rowCount(), maxRows);
        int cols = table.columnCount();
        String[][] cells = new String[w.shown() + 1][cols];
        int[] width = new int[cols];
        for (int j = 0; j < cols; j++) {
            Column<?> c = table.column(j);
            cells[0][j] = oneLine(c.name());
            for (int i = 0; i < w.shown(); i++) {
                cells[i + 1][j] = oneLine(Cells.text(c, w.row(i)));
            }
            for (String[] row : cells) {
                width[j] = Math.max(width[j], row[j].length());
            }
        }
        StringBuilder out = new StringBuilder();
        String name = table.name() == null || table.name().isBlank() ? "" : oneLine(table.name()) + " ";
        out.append(name).append('(').append(shape(table)).append(")\n");
        for (int i = 0; i < cells.length; i++) {
            if (i == w.head() + 1 && w.hidden() > 0) {
                out.append(" ... ").append(w.moreText()).append(" ...\n");
            }
            for (int j = 0; j < cols; j++) {
                boolean right = Cells.numeric(table.column(j));
                String cell = cells[i][j];
                String pad = " ".repeat(width[j] - cell.length());
                out.append(j == 0 ? " " : " | ").append(right ? pad + cell : cell + pad);
            }
            out.append('\n');
            if (i == 0) {
                for (int j = 0; j < cols; j++) {
                    out.append(j == 0 ? "-" : "-+-").append("-".repeat(width[j]));
                }
                out.append("\n");
            }
        }
        return out.toString().lines().map(String::stripTrailing).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String shape(Table t) {
        return String.format(Locale.ROOT, "%,d row%s × %d column%s", t.rowCount(), t.rowCount() == 1 ? "" : "s",
                t.columnCount(), t.columnCount() == 1 ? "" : "s");
    }

    private static String align(Column<?> c) {
        return Cells.numeric(c) ? "right" : "left";
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
