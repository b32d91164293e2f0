package lab.subspace.display.table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Builds result tables row by row, checking every row against the declared columns.
 *
 * <pre>{@code
 * Table t = Tables.builder("Solvers")
 *         .strings("method").doubles("cost", "seconds").ints("iterations")
 *         .row("sinkhorn", 1.234, 0.02, 40)
 *         .row("emd", 1.229, 0.31, null)       // null = missing (NaN in a double column)
 *         .build();
 * }</pre>
 *
 * Declare all columns first, then add rows. A row with the wrong number of values or a value of
 * the wrong type throws {@link IllegalArgumentException} naming the row, the column and the value,
 * and leaves the table as it was.
 */
public final class Tables {

    private Tables() {
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Declares columns, then takes rows. Not thread-safe; {@link #build()} may be called repeatedly. */
    public static final class Builder {

        private final String name;
        private final List<Column<?>> columns = new ArrayList<>();
        private int rows;

        private Builder(String name) {
            this.name = name;
        }

        public Builder strings(String... names) {
            return add(StringColumn::create, names);
        }

        public Builder doubles(String... names) {
            return add(DoubleColumn::create, names);
        }

        public Builder ints(String... names) {
            return add(IntColumn::create, names);
        }

        public Builder longs(String... names) {
            return add(LongColumn::create, names);
        }

        public Builder booleans(String... names) {
            return add(BooleanColumn::create, names);
        }

        /** Appends one row: one value per declared column, in order; {@code null} is a missing value. */
        public Builder row(Object... values) {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("Table '" + name + "' has no columns yet: declare them (strings, doubles, ints...) before adding rows");
            }
            if (values == null || values.length != columns.size()) {
                throw new IllegalArgumentException("Row " + rows + " of table '" + name + "' has " + (values == null ? 0 : values.length)
                        + " values but the table has " + columns.size() + " columns (" + columnNames() + ")");
            }
            for (int j = 0; j < values.length; j++) {
                check(columns.get(j), values[j]);
            }
            for (int j = 0; j < values.length; j++) {
                append(columns.get(j), values[j]);
            }
            rows++;
            return this;
        }

        /** A new table holding copies of the columns: later rows do not change it. */
        public Table build() {
            if (columns.isEmpty()) {
                throw new IllegalArgumentException("Table '" + name + "' has no columns");
            }
            return Table.create(name, columns.stream().map(Column::copy).toArray(Column[]::new));
        }

        private Builder add(java.util.function.Function<String, Column<?>> factory, String... names) {
            if (rows > 0) {
                throw new IllegalArgumentException("Table '" + name + "' already has rows: declare every column before the first row");
            }
            for (String n : names) {
                if (n == null || n.isBlank()) {
                    throw new IllegalArgumentException("Table '" + name + "': a column name is blank");
                }
                if (columns.stream().anyMatch(c -> c.name().equalsIgnoreCase(n))) {
                    throw new IllegalArgumentException("Table '" + name + "' already has a column '" + n + "'");
                }
                columns.add(factory.apply(n));
            }
            return this;
        }

        private void check(Column<?> column, Object v) {
            if (v == null) {
                return;
            }
            boolean ok;
            String expected;
            if (column instanceof DoubleColumn) {
                ok = v instanceof Number;
                expected = "a number";
            } else if (column instanceof IntColumn) {
                ok = isIntegral(v) && ((Number) v).longValue() == ((Number) v).intValue();
                expected = "an int";
            } else if (column instanceof LongColumn) {
                ok = isIntegral(v);
                expected = "a long";
            } else if (column instanceof BooleanColumn) {
                ok = v instanceof Boolean;
                expected = "a boolean";
            } else {
                ok = v instanceof CharSequence || v instanceof Enum<?> || v instanceof Character;
                expected = "a string";
            }
            if (!ok) {
                String shown = v instanceof CharSequence ? "\"" + v + "\"" : String.valueOf(v);
                throw new IllegalArgumentException("Row " + rows + " of table '" + name + "': column '" + column.name() + "' takes "
                        + expected + " but got " + v.getClass().getSimpleName() + " " + shown);
            }
        }

        private static boolean isIntegral(Object v) {
            return v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte;
        }

        private static void append(Column<?> column, Object v) {
            if (v == null) {
                column.appendMissing();
            } else if (column instanceof DoubleColumn d) {
                d.append(((Number) v).doubleValue());
            } else if (column instanceof IntColumn i) {
                i.append(((Number) v).intValue());
            } else if (column instanceof LongColumn l) {
                l.append(((Number) v).longValue());
            } else if (column instanceof BooleanColumn b) {
                b.append((Boolean) v);
            } else {
                ((StringColumn) column).append(v.toString());
            }
        }

        private String columnNames() {
            return columns.stream().map(Column::name).collect(Collectors.joining(", "));
        }
    }
}
