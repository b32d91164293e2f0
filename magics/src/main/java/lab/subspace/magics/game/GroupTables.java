package lab.subspace.magics.game;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejml.data.DMatrix;
import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Csv;
import lab.subspace.data.Matrices;
import lab.subspace.data.NpyArray;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a {@link GroupMembership} from what a researcher has: member lists, a 0/1 indicator
 * matrix, or a membership table (a Tablesaw {@link Table} or a CSV file). The accepted formats,
 * for a data matrix with n rows:
 *
 * <ul>
 * <li><b>Member lists</b> {@code int[][]}: {@code groups[g]} lists the (0-based) data rows of
 * group g.</li>
 * <li><b>Indicator matrix</b> {@code boolean[][]}, {@code double[][]}, {@code float[][]}, an EJML
 * matrix or a {@code .npy} file: n x G, entry (i, g) is 1 (true) when row i belongs to group g
 * and 0 (false) otherwise.</li>
 * <li><b>Long table</b> with columns named {@code row} and {@code group} (any case): one line per
 * membership, {@code row} a 0-based data-row index, {@code group} a label (text or number).
 * A row in two groups appears on two lines; groups are numbered in order of first appearance.
 * Other columns are ignored.</li>
 * <li><b>Attribute table</b> with exactly n rows, one per data row (used when there is no
 * {@code row} column): each column is one attribute. A column holding only 0 and 1 (or a boolean
 * column) is an indicator, naming one group after the column; any other column is categorical
 * (text or whole numbers) and gives one group per distinct value, named {@code column=value},
 * e.g. {@code region=V1}, {@code session=2}. Missing cells mean "not in that group".</li>
 * </ul>
 *
 * <pre>{@code
 * GroupMembership g = GroupTables.from("groups", Csv.read(Path.of("groups.csv")), Y.numRows);
 * GroupMembership h = GroupTables.fromIndicator(new boolean[][] {{true, false}, {true, true}});
 * }</pre>
 */
public final class GroupTables {

    private GroupTables() {
    }

    /**
     * Converts any supported value (see the class comment); {@code name} is used in messages.
     *
     * @param rows rows of the data matrix the groups refer to
     */
    public static GroupMembership from(String name, Object value, int rows) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        try {
            if (value instanceof GroupMembership g) {
                requireRows(g, rows);
                return g;
            } else if (value instanceof int[][] lists) {
                return GroupMembership.of(rows, lists);
            } else if (value instanceof boolean[][] b) {
                return requireRows(fromIndicator(b), rows);
            } else if (value instanceof Table t) {
                return fromTable(t, rows);
            } else if (value instanceof String || value instanceof Path || value instanceof File) {
                Path p = value instanceof File f ? f.toPath() : value instanceof Path q ? q : Path.of((String) value);
                String lower = p.toString().toLowerCase(Locale.ROOT);
                if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
                    return fromTable(Csv.read(p), rows);
                }
                return requireRows(fromIndicator(Matrices.read(p), null), rows);
            } else if (value instanceof DMatrix || value instanceof double[][] || value instanceof float[][]
                    || value instanceof long[][] || value instanceof NpyArray
                    || value instanceof org.ejml.simple.SimpleMatrix) {
                return requireRows(fromIndicator(Matrices.from(name, value), null), rows);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(name + " is a " + value.getClass().getName() + "; expected member lists "
                + "(int[][]), a 0/1 indicator matrix (boolean[][], double[][], DMatrixRMaj, .npy) or a membership table "
                + "(Tablesaw Table or .csv with columns row,group or one column per attribute)");
    }

    /** An n x G boolean indicator: {@code b[i][g]} is true when row i is in group g. */
    public static GroupMembership fromIndicator(boolean[][] b) {
        if (b.length == 0) {
            throw new IllegalArgumentException("the indicator matrix has no rows");
        }
        DMatrixRMaj m = new DMatrixRMaj(b.length, b[0] == null ? 0 : b[0].length);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == null || b[i].length != m.numCols) {
                throw new IllegalArgumentException("ragged indicator: row " + i + " has "
                        + (b[i] == null ? 0 : b[i].length) + " entries but row 0 has " + m.numCols);
            }
            for (int g = 0; g < m.numCols; g++) {
                m.unsafe_set(i, g, b[i][g] ? 1 : 0);
            }
        }
        return fromIndicator(m, null);
    }

    /**
     * An n x G 0/1 indicator matrix.
     *
     * @param names one name per column, or null for g0, g1, ...
     * @throws IllegalArgumentException naming the first entry that is not 0 or 1
     */
    public static GroupMembership fromIndicator(DMatrixRMaj indicator, String[] names) {
        if (indicator.numCols == 0) {
            throw new IllegalArgumentException("the indicator matrix (" + Matrices.shape(indicator) + ") has no group columns");
        }
        int[][] members = new int[indicator.numCols][];
        for (int g = 0; g < indicator.numCols; g++) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < indicator.numRows; i++) {
                double v = indicator.unsafe_get(i, g);
                if (v == 1) {
                    rows.add(i);
                } else if (v != 0) {
                    throw new IllegalArgumentException("indicator entry (" + i + ", " + g + ") is " + v
                            + "; an indicator matrix holds only 0 and 1 (rows = data rows, columns = groups)");
                }
            }
            members[g] = rows.stream().mapToInt(Integer::intValue).toArray();
        }
        if (names == null) {
            return GroupMembership.of(indicator.numRows, members);
        }
        return GroupMembership.of(indicator.numRows, members, names);
    }

    /** A long (row, group) table or an attribute table; see the class comment. */
    public static GroupMembership fromTable(Table table, int rows) {
        Column<?> rowColumn = column(table, "row");
        Column<?> groupColumn = column(table, "group");
        if (rowColumn != null && groupColumn != null) {
            return fromLong(table, rowColumn, groupColumn, rows);
        }
        if (table.rowCount() != rows) {
            throw new IllegalArgumentException("the membership table '" + table.name() + "' has " + table.rowCount()
                    + " rows but the data matrix has " + rows + "; give one row per data row, or a long table with "
                    + "columns 'row' and 'group' (found columns " + table.columnNames() + ")");
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (Column<?> c : table.columns()) {
            if (isIndicator(c)) {
                List<Integer> m = groups.computeIfAbsent(c.name(), k -> new ArrayList<>());
                for (int i = 0; i < rows; i++) {
                    if (!c.isMissing(i) && value(c, i) == 1) {
                        m.add(i);
                    }
                }
            } else {
                for (int i = 0; i < rows; i++) {
                    if (!c.isMissing(i)) {
                        groups.computeIfAbsent(c.name() + "=" + label(c, i), k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }
        return build(rows, groups);
    }

    private static GroupMembership fromLong(Table table, Column<?> rowColumn, Column<?> groupColumn, int rows) {
        if (!(rowColumn instanceof NumericColumn<?>)) {
            throw new IllegalArgumentException("column '" + rowColumn.name() + "' of '" + table.name() + "' must hold "
                    + "0-based row indices but is " + rowColumn.type().name());
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int k = 0; k < table.rowCount(); k++) {
            if (rowColumn.isMissing(k) || groupColumn.isMissing(k)) {
                throw new IllegalArgumentException("line " + k + " of the membership table '" + table.name()
                        + "' has a missing row or group");
            }
            double r = ((NumericColumn<?>) rowColumn).getDouble(k);
            if (r != Math.rint(r) || r < 0 || r >= rows) {
                throw new IllegalArgumentException("line " + k + " of the membership table '" + table.name()
                        + "' names row " + plain(r) + " but the data matrix has rows 0.." + (rows - 1));
            }
            groups.computeIfAbsent(label(groupColumn, k), g -> new ArrayList<>()).add((int) r);
        }
        return build(rows, groups);
    }

    private static GroupMembership build(int rows, Map<String, List<Integer>> groups) {
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("the membership table defines no groups");
        }
        int[][] members = new int[groups.size()][];
        String[] names = groups.keySet().toArray(String[]::new);
        int g = 0;
        for (List<Integer> m : groups.values()) {
            members[g++] = m.stream().mapToInt(Integer::intValue).toArray();
        }
        return GroupMembership.of(rows, members, names);
    }

    private static boolean isIndicator(Column<?> c) {
        if (c instanceof BooleanColumn) {
            return true;
        }
        if (!(c instanceof NumericColumn<?>)) {
            return false;
        }
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i)) {
                double v = value(c, i);
                if (v != 0 && v != 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double value(Column<?> c, int i) {
        return c instanceof BooleanColumn b ? (b.get(i) ? 1 : 0) : ((NumericColumn<?>) c).getDouble(i);
    }

    private static String label(Column<?> c, int i) {
        if (c instanceof NumericColumn<?> n) {
            double v = n.getDouble(i);
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException("column '" + c.name() + "' holds " + v + " at row " + i
                        + "; category codes must be text or whole numbers");
            }
            return plain(v);
        }
        return c.getString(i);
    }

    private static Column<?> column(Table table, String name) {
        for (Column<?> c : table.columns()) {
            if (c.name().strip().equalsIgnoreCase(name)) {
                return c;
            }
        }
        return null;
    }

    private static GroupMembership requireRows(GroupMembership g, int rows) {
        if (g.rows() != rows) {
            throw new IllegalArgumentException("the groups describe " + g.rows() + " rows but the data matrix has " + rows);
        }
        return g;
    }

    /** Whole numbers without ".0". */
    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
