package lab.subspace.data;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrix;
import org.ejml.data.DMatrixRMaj;
import org.ejml.simple.SimpleMatrix;

import lab.subspace.numerics.Memory;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns what a researcher has in a notebook into an EJML {@link DMatrixRMaj}, and checks matrices
 * with messages that name the variable, the shapes and the offending entry.
 *
 * <p>Every conversion returns a new matrix the caller owns (inputs are never aliased). Data
 * convention for samples: one sample per ROW (as in NumPy, pandas and Tablesaw).
 *
 * <pre>{@code
 * DMatrixRMaj X = Matrices.from("X", x);               // double[][], Table, "data.npy", ...
 * DMatrixRMaj y = Matrices.column(labels);              // double[] as n x 1
 * Matrices.requireSameRows("X", X, "y", y);
 * Matrices.requireFinite("X", X);
 * }</pre>
 */
public final class Matrices {

    private Matrices() {
    }

    // ---------------------------------------------------------------- conversions

    /**
     * Converts any supported value: {@code double[][]}, {@code float[][]}, {@code int[][]},
     * {@code long[][]}, {@code double[]} (as an n x 1 column), {@link DMatrix} (including
     * DMatrixRMaj), {@link SimpleMatrix}, Tablesaw {@link Table} (all columns numeric),
     * {@link NpyArray}, or a {@link Path} / {@link File} / String path ending in .npy, .csv or .tsv.
     *
     * @param name the variable's name, used in error messages
     * @throws IllegalArgumentException for other types, ragged arrays, non-numeric columns and
     *                                  unreadable files
     */
    public static DMatrixRMaj from(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        try {
            if (value instanceof DMatrix m) {
                return of(m);
            } else if (value instanceof SimpleMatrix s) {
                return of(s);
            } else if (value instanceof double[][] a) {
                return of(a);
            } else if (value instanceof float[][] a) {
                return of(a);
            } else if (value instanceof int[][] a) {
                return of(a);
            } else if (value instanceof long[][] a) {
                return of(a);
            } else if (value instanceof double[] v) {
                return column(v);
            } else if (value instanceof Table t) {
                return of(t);
            } else if (value instanceof NpyArray a) {
                return a.toMatrix();
            } else if (value instanceof Path p) {
                return read(p);
            } else if (value instanceof File f) {
                return read(f.toPath());
            } else if (value instanceof String s) {
                return read(Path.of(s));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(name + " is a " + value.getClass().getName()
                + "; expected double[][], float[][], int[][], long[][], double[], DMatrixRMaj, SimpleMatrix, "
                + "a Tablesaw Table, an NpyArray or a .npy/.csv file path");
    }

    /**
     * Reads a matrix from a {@code .npy} file (1-D arrays become a column) or a {@code .csv} /
     * {@code .tsv} file with a header row (all columns must be numeric).
     */
    public static DMatrixRMaj read(Path path) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = file.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".npy")) {
            return Npy.read(path).toMatrix();
        }
        if (lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            return of(Csv.read(path));
        }
        throw new IllegalArgumentException("cannot tell the format of '" + path + "': expected a .npy, .csv or .tsv file");
    }

    /** Copies a rectangular {@code double[rows][cols]}. */
    public static DMatrixRMaj of(double[][] a) {
        int cols = requireRectangular(a.length, i -> a[i] == null ? -1 : a[i].length);
        DMatrixRMaj m = allocate(a.length, cols);
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, m.data, i * cols, cols);
        }
        return m;
    }

    /** Copies a rectangular {@code float[rows][cols]}. */
    public static DMatrixRMaj of(float[][] a) {
        return copy(a.length, i -> a[i] == null ? -1 : a[i].length, (i, j) -> a[i][j]);
    }

    /** Copies a rectangular {@code int[rows][cols]}. */
    public static DMatrixRMaj of(int[][] a) {
        return copy(a.length, i -> a[i] == null ? -1 : a[i].length, (i, j) -> a[i][j]);
    }

    /** Copies a rectangular {@code long[rows][cols]} (values beyond 2^53 are rounded). */
    public static DMatrixRMaj of(long[][] a) {
        return copy(a.length, i -> a[i] == null ? -1 : a[i].length, (i, j) -> a[i][j]);
    }

    /** A vector as an n x 1 column matrix (copied). */
    public static DMatrixRMaj column(double[] v) {
        return new DMatrixRMaj(v.length, 1, true, v);
    }

    /** A vector as a 1 x n row matrix (copied). */
    public static DMatrixRMaj row(double[] v) {
        return new DMatrixRMaj(1, v.length, true, v);
    }

    /** Copies any EJML dense or sparse real matrix into a DMatrixRMaj. */
    public static DMatrixRMaj of(DMatrix m) {
        if (m instanceof DMatrixRMaj r) {
            return r.copy();
        }
        DMatrixRMaj out = allocate(m.getNumRows(), m.getNumCols());
        for (int i = 0; i < out.numRows; i++) {
            for (int j = 0; j < out.numCols; j++) {
                out.unsafe_set(i, j, m.get(i, j));
            }
        }
        return out;
    }

    /** Copies a SimpleMatrix (real, double precision). */
    public static DMatrixRMaj of(SimpleMatrix s) {
        return of((DMatrix) s.getMatrix());
    }

    /**
     * The table's columns as matrix columns. Numeric columns (double, float, int, long, short)
     * are copied; boolean columns become 0/1.
     *
     * @param columns the columns to use, in this order; none means all columns
     * @throws IllegalArgumentException naming a missing or non-numeric column, or the first
     *                                  missing value (use {@link #masked} to keep missing values)
     */
    public static DMatrixRMaj of(Table table, String... columns) {
        List<Column<?>> cols = selectColumns(table, columns);
        DMatrixRMaj m = allocate(table.rowCount(), cols.size());
        for (int j = 0; j < cols.size(); j++) {
            Column<?> c = cols.get(j);
            for (int i = 0; i < m.numRows; i++) {
                if (c.isMissing(i)) {
                    throw new IllegalArgumentException("table '" + table.name() + "' column '" + c.name()
                            + "' has a missing value at row " + i);
                }
                m.unsafe_set(i, j, cell(c, i));
            }
        }
        return m;
    }

    /** The matrix as {@code double[rows][cols]}. */
    public static double[][] toArray(DMatrixRMaj m) {
        double[][] out = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, out[i], 0, m.numCols);
        }
        return out;
    }

    /**
     * The matrix as a table of double columns.
     *
     * @param columnNames one name per column; none gives x0, x1, ...
     */
    public static Table toTable(DMatrixRMaj m, String... columnNames) {
        if (columnNames.length != 0 && columnNames.length != m.numCols) {
            throw new IllegalArgumentException("the matrix has " + m.numCols + " columns but "
                    + columnNames.length + " column names were given");
        }
        Table t = Table.create("matrix");
        for (int j = 0; j < m.numCols; j++) {
            double[] col = new double[m.numRows];
            for (int i = 0; i < m.numRows; i++) {
                col[i] = m.unsafe_get(i, j);
            }
            t.addColumns(DoubleColumn.create(columnNames.length == 0 ? "x" + j : columnNames[j], col));
        }
        return t;
    }

    // ---------------------------------------------------------------- missing values

    /**
     * Like {@link #from} but keeps missing values (NaN entries, empty table cells) as unobserved
     * entries instead of rejecting them. Infinite values are still rejected.
     */
    public static MaskedMatrix masked(String name, Object value) {
        DMatrixRMaj values;
        if (value instanceof Table t) {
            values = withNaNForMissing(name, t);
        } else if (value instanceof String || value instanceof Path || value instanceof File) {
            Path p = value instanceof File f ? f.toPath() : value instanceof Path q ? q : Path.of((String) value);
            String lower = p.toString().toLowerCase(Locale.ROOT);
            values = lower.endsWith(".csv") || lower.endsWith(".tsv")
                    ? withNaNForMissing(name, Csv.read(p)) : from(name, p);
        } else {
            values = from(name, value);
        }
        return masked(name, values);
    }

    /** Splits a matrix whose NaN entries mean "missing" into values (NaN replaced by 0) and a mask. */
    public static MaskedMatrix masked(String name, DMatrixRMaj withNaN) {
        DMatrixRMaj values = withNaN.copy();
        DMatrixRMaj mask = new DMatrixRMaj(values.numRows, values.numCols);
        int observed = 0;
        int n = values.getNumElements();
        for (int k = 0; k < n; k++) {
            double v = values.data[k];
            if (Double.isNaN(v)) {
                values.data[k] = 0;
            } else if (Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + " contains " + v + " at " + position(values, k));
            } else {
                mask.data[k] = 1;
                observed++;
            }
        }
        return new MaskedMatrix(values, mask, observed);
    }

    private static DMatrixRMaj withNaNForMissing(String name, Table table) {
        List<Column<?>> cols;
        try {
            cols = selectColumns(table);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        DMatrixRMaj m = allocate(table.rowCount(), cols.size());
        for (int j = 0; j < cols.size(); j++) {
            Column<?> c = cols.get(j);
            for (int i = 0; i < m.numRows; i++) {
                m.unsafe_set(i, j, c.isMissing(i) ? Double.NaN : cell(c, i));
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- validation

    /**
     * @throws IllegalArgumentException naming the first NaN or infinite entry, e.g.
     *                                  "X contains NaN at (3, 4)"
     */
    public static void requireFinite(String name, DMatrixRMaj m) {
        int n = m.getNumElements();
        for (int k = 0; k < n; k++) {
            double v = m.data[k];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException(name + " contains " + v + " at " + position(m, k));
            }
        }
    }

    /** @throws IllegalArgumentException naming the first NaN or infinite entry ("w contains NaN at index 4") */
    public static void requireFinite(String name, double[] v) {
        for (int k = 0; k < v.length; k++) {
            if (!Double.isFinite(v[k])) {
                throw new IllegalArgumentException(name + " contains " + v[k] + " at index " + k);
            }
        }
    }

    /** @throws IllegalArgumentException unless m is rows x cols ("X must be 3 x 4 but is 2 x 4") */
    public static void requireShape(String name, DMatrixRMaj m, int rows, int cols) {
        if (m.numRows != rows || m.numCols != cols) {
            throw new IllegalArgumentException(name + " must be " + rows + " x " + cols + " but is " + shape(m));
        }
    }

    /** @throws IllegalArgumentException unless m has {@code rows} rows */
    public static void requireRows(String name, DMatrixRMaj m, int rows) {
        if (m.numRows != rows) {
            throw new IllegalArgumentException(name + " must have " + rows + " rows but has " + m.numRows
                    + " (it is " + shape(m) + ")");
        }
    }

    /** @throws IllegalArgumentException unless m has {@code cols} columns */
    public static void requireCols(String name, DMatrixRMaj m, int cols) {
        if (m.numCols != cols) {
            throw new IllegalArgumentException(name + " must have " + cols + " columns but has " + m.numCols
                    + " (it is " + shape(m) + ")");
        }
    }

    /** @throws IllegalArgumentException unless A and B have as many columns ("X has 3 columns but Y has 2") */
    public static void requireSameColumns(String nameA, DMatrixRMaj a, String nameB, DMatrixRMaj b) {
        if (a.numCols != b.numCols) {
            throw new IllegalArgumentException(nameA + " has " + a.numCols + " columns but " + nameB + " has "
                    + b.numCols);
        }
    }

    /** @throws IllegalArgumentException unless A and B have as many rows */
    public static void requireSameRows(String nameA, DMatrixRMaj a, String nameB, DMatrixRMaj b) {
        if (a.numRows != b.numRows) {
            throw new IllegalArgumentException(nameA + " has " + a.numRows + " rows but " + nameB + " has "
                    + b.numRows);
        }
    }

    /** @throws IllegalArgumentException unless A and B have the same shape */
    public static void requireSameShape(String nameA, DMatrixRMaj a, String nameB, DMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            throw new IllegalArgumentException(nameA + " is " + shape(a) + " but " + nameB + " is " + shape(b));
        }
    }

    /** @throws IllegalArgumentException unless m is square */
    public static void requireSquare(String name, DMatrixRMaj m) {
        if (m.numRows != m.numCols) {
            throw new IllegalArgumentException(name + " must be square but is " + shape(m));
        }
    }

    /** @throws IllegalArgumentException when m has no rows or no columns */
    public static void requireNonEmpty(String name, DMatrixRMaj m) {
        if (m.numRows == 0 || m.numCols == 0) {
            throw new IllegalArgumentException(name + " is empty (" + shape(m) + ")");
        }
    }

    /** @throws IllegalArgumentException unless v has {@code length} entries */
    public static void requireLength(String name, double[] v, int length) {
        if (v.length != length) {
            throw new IllegalArgumentException(name + " must have " + length + " entries but has " + v.length);
        }
    }

    /** "3 x 4". */
    public static String shape(DMatrix m) {
        return m.getNumRows() + " x " + m.getNumCols();
    }

    // ---------------------------------------------------------------- helpers

    private static String position(DMatrixRMaj m, int flat) {
        return "(" + flat / m.numCols + ", " + flat % m.numCols + ")";
    }

    private static DMatrixRMaj allocate(int rows, int cols) {
        Memory.requireDoubles((long) rows * cols, "matrix " + rows + " x " + cols);
        return new DMatrixRMaj(rows, cols);
    }

    /** Entry (i, j) of a rectangular array of some primitive type, as a double. */
    @FunctionalInterface
    private interface Entry {
        double at(int i, int j);
    }

    /** Copies a rectangular array of any primitive type (rowLength -1 marks a null row). */
    private static DMatrixRMaj copy(int rows, java.util.function.IntUnaryOperator rowLength, Entry entry) {
        int cols = requireRectangular(rows, rowLength);
        DMatrixRMaj m = allocate(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.data[i * cols + j] = entry.at(i, j);
            }
        }
        return m;
    }

    private static int requireRectangular(int rows, java.util.function.IntUnaryOperator length) {
        if (rows == 0) {
            return 0;
        }
        int cols = length.applyAsInt(0);
        for (int i = 0; i < rows; i++) {
            int len = length.applyAsInt(i);
            if (len < 0) {
                throw new IllegalArgumentException("row " + i + " is null");
            }
            if (len != cols) {
                throw new IllegalArgumentException("ragged array: row " + i + " has " + len + " entries but row 0 has "
                        + cols);
            }
        }
        return cols;
    }

    private static List<Column<?>> selectColumns(Table table, String... names) {
        List<Column<?>> cols = new ArrayList<>();
        if (names.length == 0) {
            cols.addAll(table.columns());
        } else {
            for (String n : names) {
                if (!table.containsColumn(n)) {
                    throw new IllegalArgumentException("table '" + table.name() + "' has no column '" + n
                            + "'; its columns are " + table.columnNames());
                }
                cols.add(table.column(n));
            }
        }
        for (Column<?> c : cols) {
            if (!(c instanceof NumericColumn<?>) && !(c instanceof BooleanColumn)) {
                throw new IllegalArgumentException("column '" + c.name() + "' of table '" + table.name() + "' is "
                        + c.type().name() + ", not numeric; select numeric columns with Matrices.of(table, \"a\", \"b\", ...)");
            }
        }
        return cols;
    }

    private static double cell(Column<?> c, int row) {
        if (c instanceof BooleanColumn b) {
            return b.get(row) ? 1.0 : 0.0;
        }
        return ((NumericColumn<?>) c).getDouble(row);
    }
}
