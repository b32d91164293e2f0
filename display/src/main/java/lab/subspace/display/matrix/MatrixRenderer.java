package lab.subspace.display.matrix;

import lab.subspace.display.Html;
import lab.subspace.display.Numbers;
import lab.subspace.kernel.spi.MimeBundle;
import org.ejml.data.DMatrix;
import org.ejml.simple.SimpleMatrix;

/**
 * Shows EJML matrices, {@code double[][]} and {@code double[]} compactly: a shape header, then the
 * values (~6 significant digits) with the middle rows and columns elided when the matrix is larger
 * than the limits (12 × 10 by default; vectors up to 20 values).
 *
 * <pre>{@code
 * MatrixRenderer r = new MatrixRenderer();
 * r.text(CommonOps_DDRM.identity(3));   // "DMatrixRMaj 3 × 3\n 1  0  0\n 0  1  0\n 0  0  1"
 * r.render(new double[] {1, 2, 3});     // text/plain "double[3]\n 1  2  3" and an HTML table
 * }</pre>
 */
public final class MatrixRenderer {

    private final int maxRows;
    private final int maxCols;

    /** At most 12 rows and 10 columns (vectors: 20 values). */
    public MatrixRenderer() {
        this(12, 10);
    }

    /** At most {@code maxRows} rows and {@code maxCols} columns (vectors: twice {@code maxCols}). */
    public MatrixRenderer(int maxRows, int maxCols) {
        if (maxRows < 2 || maxCols < 2) {
            throw new IllegalArgumentException("Limits must be at least 2 but were " + maxRows + " rows and " + maxCols + " columns");
        }
        this.maxRows = maxRows;
        this.maxCols = maxCols;
    }

    public MimeBundle render(DMatrix m) {
        return bundle(MatrixCells.of(m), maxCols);
    }

    /** A SimpleMatrix of doubles like its DMatrix; other element types as their own text. */
    public MimeBundle render(SimpleMatrix m) {
        Object inner = m.getMatrix();
        return inner instanceof DMatrix d ? render(d) : MimeBundle.text(m.toString());
    }

    public MimeBundle render(double[][] a) {
        return bundle(MatrixCells.of(a), maxCols);
    }

    public MimeBundle render(double[] v) {
        return bundle(MatrixCells.of(v), 2 * maxCols);
    }

    public String text(DMatrix m) {
        return text(MatrixCells.of(m), maxCols);
    }

    public String text(double[][] a) {
        return text(MatrixCells.of(a), maxCols);
    }

    public String text(double[] v) {
        return text(MatrixCells.of(v), 2 * maxCols);
    }

    public String html(DMatrix m) {
        return html(MatrixCells.of(m), maxCols);
    }

    public String html(double[][] a) {
        return html(MatrixCells.of(a), maxCols);
    }

    public String html(double[] v) {
        return html(MatrixCells.of(v), 2 * maxCols);
    }

    private MimeBundle bundle(MatrixCells m, int colLimit) {
        return new MimeBundle().put(MimeBundle.HTML, html(m, colLimit)).put(MimeBundle.TEXT, text(m, colLimit));
    }

    private String text(MatrixCells m, int colLimit) {
        Window rows = new Window(m.rows(), maxRows);
        Window cols = new Window(m.cols(), colLimit);
        String[][] cells = new String[rows.shown()][cols.shown()];
        int[] width = new int[cols.shown()];
        for (int r = 0; r < rows.shown(); r++) {
            for (int c = 0; c < cols.shown(); c++) {
                cells[r][c] = cell(m, rows.index(r), cols.index(c));
                width[c] = Math.max(width[c], cells[r][c].length());
            }
        }
        StringBuilder out = new StringBuilder(m.header());
        for (int r = 0; r < rows.shown(); r++) {
            if (rows.gapBefore(r)) {
                out.append('\n');
                for (int c = 0; c < cols.shown(); c++) {
                    out.append(cols.gapBefore(c) ? "  …" : "").append("  ").append(pad("⋮", width[c]));
                }
            }
            out.append('\n');
            for (int c = 0; c < cols.shown(); c++) {
                out.append(cols.gapBefore(c) ? "  …" : "").append("  ").append(pad(cells[r][c], width[c]));
            }
        }
        return out.toString().lines().map(String::stripTrailing).collect(java.util.stream.Collectors.joining("\n"));
    }

    private String html(MatrixCells m, int colLimit) {
        Window rows = new Window(m.rows(), maxRows);
        Window cols = new Window(m.cols(), colLimit);
        StringBuilder out = new StringBuilder("<table class=\"subspace-matrix\" style=\"font-family:monospace\">\n<caption style=\"caption-side:top;text-align:left\">")
                .append(Html.escape(m.header())).append("</caption>\n<thead><tr><th></th>");
        for (int c = 0; c < cols.shown(); c++) {
            out.append(cols.gapBefore(c) ? "<th>…</th>" : "").append("<th style=\"color:#777\">").append(cols.index(c)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.shown(); r++) {
            if (rows.gapBefore(r)) {
                out.append("<tr><th>⋮</th>");
                for (int c = 0; c < cols.shown(); c++) {
                    out.append(cols.gapBefore(c) ? "<td></td>" : "").append("<td style=\"text-align:right\">⋮</td>");
                }
                out.append("</tr>\n");
            }
            out.append("<tr><th style=\"color:#777\">").append(rows.index(r)).append("</th>");
            for (int c = 0; c < cols.shown(); c++) {
                out.append(cols.gapBefore(c) ? "<td>…</td>" : "").append("<td style=\"text-align:right\">")
                        .append(Html.escape(cell(m, rows.index(r), cols.index(c)))).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>").toString();
    }

    private static String cell(MatrixCells m, int i, int j) {
        return m.present(i, j) ? Numbers.format(m.get(i, j)) : "";
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** The first and last indices of an axis longer than its limit; the rest is elided. */
    private static final class Window {
        private final int head;
        private final int shown;
        private final int skipped;

        Window(int size, int limit) {
            if (size <= limit) {
                head = size;
                shown = size;
                skipped = 0;
            } else {
                head = (limit + 1) / 2;
                shown = limit;
                skipped = size - limit;
            }
        }

        int shown() {
            return shown;
        }

        int index(int k) {
            return k < head ? k : k + skipped;
        }

        boolean gapBefore(int k) {
            return skipped > 0 && k == head;
        }
    }
}
