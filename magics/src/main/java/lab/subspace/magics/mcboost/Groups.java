package lab.subspace.magics.mcboost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Possibly overlapping subpopulations of the rows: the "groups" of a multicalibration audit.
 * Every audit also uses the whole population, so no group needs to be "all".
 *
 * <pre>{@code
 * Groups g = Groups.of(new String[] {"young", "rural"}, new boolean[][] {{true, false}, {true, true}});
 * Groups h = Groups.fromColumns(table, "sex", "region");   // one group per value: sex=F, sex=M, ...
 * }</pre>
 *
 * @param names  one name per group
 * @param member {@code member[g][i]} is true when row i belongs to group g (not copied; do not modify)
 */
public record Groups(String[] names, boolean[][] member) {

    public Groups {
        if (names.length != member.length) {
            throw new IllegalArgumentException(names.length + " group names but " + member.length + " membership rows");
        }
        for (int g = 1; g < member.length; g++) {
            if (member[g].length != member[0].length) {
                throw new IllegalArgumentException("group '" + names[g] + "' covers " + member[g].length
                        + " rows but group '" + names[0] + "' covers " + member[0].length);
            }
        }
    }

    /** No groups (the audit then uses the whole population only). */
    public static Groups none() {
        return new Groups(new String[0], new boolean[0][]);
    }

    public static Groups of(String[] names, boolean[][] member) {
        return new Groups(names.clone(), member.clone());
    }

    /** Number of groups. */
    public int count() {
        return names.length;
    }

    /** True when row i is in group g. */
    public boolean contains(int g, int i) {
        return member[g][i];
    }

    /** Rows covered, or -1 when there are no groups. */
    public int rows() {
        return member.length == 0 ? -1 : member[0].length;
    }

    /** Members of group g. */
    public int size(int g) {
        int s = 0;
        for (boolean b : member[g]) {
            s += b ? 1 : 0;
        }
        return s;
    }

    /** The same groups restricted to {@code rows} (in that order). */
    public Groups subset(int[] rows) {
        boolean[][] m = new boolean[member.length][rows.length];
        for (int g = 0; g < member.length; g++) {
            for (int k = 0; k < rows.length; k++) {
                m[g][k] = member[g][rows[k]];
            }
        }
        return new Groups(names, m);
    }

    /**
     * Groups from table columns. A boolean column, or a numeric one holding only 0 and 1, is one
     * group named after the column; any other column is categorical and gives one group per
     * distinct value, named {@code column=value}. Missing cells mean "not in that group".
     */
    public static Groups fromColumns(Table table, String... columns) {
        Map<String, boolean[]> groups = new LinkedHashMap<>();
        int n = table.rowCount();
        for (String name : columns) {
            if (!table.containsColumn(name)) {
                throw new IllegalArgumentException("table '" + table.name() + "' has no column '" + name + "' (columns: "
                        + table.columnNames() + ")");
            }
            Column<?> c = table.column(name);
            if (isIndicator(c)) {
                boolean[] m = groups.computeIfAbsent(c.name(), k -> new boolean[n]);
                for (int i = 0; i < n; i++) {
                    m[i] = !c.isMissing(i) && numeric(c, i) == 1;
                }
            } else {
                for (int i = 0; i < n; i++) {
                    if (!c.isMissing(i)) {
                        groups.computeIfAbsent(c.name() + "=" + label(c, i), k -> new boolean[n])[i] = true;
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(groups.keySet());
        return new Groups(names.toArray(String[]::new), groups.values().toArray(boolean[][]::new));
    }

    private static boolean isIndicator(Column<?> c) {
        if (c instanceof BooleanColumn) {
            return true;
        }
        if (!(c instanceof NumericColumn<?>)) {
            return false;
        }
        for (int i = 0; i < c.size(); i++) {
            if (!c.isMissing(i) && numeric(c, i) != 0 && numeric(c, i) != 1) {
                return false;
            }
        }
        return true;
    }

    private static double numeric(Column<?> c, int i) {
        if (c instanceof BooleanColumn b) {
            return b.get(i) ? 1 : 0;
        }
        return ((NumericColumn<?>) c).getDouble(i);
    }

    private static String label(Column<?> c, int i) {
        if (c instanceof NumericColumn<?> nc) {
            double v = nc.getDouble(i);
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        return c.getString(i);
    }
}
