package lab.subspace.display.table;

import lab.subspace.display.Numbers;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** The text of one table cell, the same in HTML and plain text. */
final class Cells {

    private Cells() {
    }

    static boolean numeric(Column<?> column) {
        return column instanceof NumericColumn<?>;
    }

    /** Floating columns store missing as NaN and show it; other columns show missing as empty. */
    static boolean floating(Column<?> column) {
        return column instanceof tech.tablesaw.api.DoubleColumn || column instanceof tech.tablesaw.api.FloatColumn;
    }

    static String text(Column<?> column, int row) {
        if (floating(column)) {
            return Numbers.format(((NumericColumn<?>) column).getDouble(row));
        }
        if (column.isMissing(row)) {
            return "";
        }
        if (column instanceof NumericColumn<?>) {
            return String.valueOf(column.get(row)); // ints, longs, shorts: plain, no grouping
        }
        return column.getString(row);
    }

    /** True for a missing value that is shown (NaN in a floating column): drawn muted in HTML. */
    static boolean shownMissing(Column<?> column, int row) {
        return floating(column) && Double.isNaN(((NumericColumn<?>) column).getDouble(row));
    }
}
