package lab.subspace.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * CSV files to and from Tablesaw tables, with the options a notebook user expects: a header
 * row, ',' (or tab for {@code .tsv}) separators, empty / NA / NaN / null cells read as missing,
 * and column types inferred from the whole file (not a sample, so a late non-number is noticed).
 *
 * <pre>{@code
 * Table t = Csv.read(Path.of("features.csv"));
 * DMatrixRMaj X = Matrices.of(t, "x1", "x2", "x3");
 * Csv.write(results, Path.of("results.csv"));
 * }</pre>
 */
public final class Csv {

    /** Cell texts read as missing values. */
    static final String[] MISSING = {"", "NA", "N/A", "NaN", "nan", "null", "NULL", "None"};

    private Csv() {
    }

    /** Reads a CSV file with a header row; {@code .tsv} files use tabs. */
    public static Table read(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return read(path, name.endsWith(".tsv") ? '\t' : ',', true);
    }

    /**
     * Reads a delimited text file.
     *
     * @param separator column separator (',' ';' '\t' ...)
     * @param header    whether the first row holds column names (otherwise they are C0, C1, ...)
     */
    public static Table read(Path path, char separator, boolean header) {
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("file not found: " + path.toAbsolutePath());
        }
        try {
            return Table.read().usingOptions(options(CsvReadOptions.builder(path.toFile()), separator, header)
                    .tableName(path.getFileName().toString()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot read CSV " + path + ": " + e.getMessage(), e);
        }
    }

    /** Parses CSV text (header row, ',' separator). */
    public static Table parse(String text) {
        return parse(text, ',', true);
    }

    /** Parses delimited text. */
    public static Table parse(String text, char separator, boolean header) {
        try {
            return Table.read().usingOptions(options(CsvReadOptions.builder(new StringReader(text)), separator, header));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot parse CSV: " + e.getMessage(), e);
        }
    }

    private static CsvReadOptions.Builder options(CsvReadOptions.Builder b, char separator, boolean header) {
        return b.separator(separator).header(header).sample(false).missingValueIndicator(MISSING);
    }

    /** Writes a table with a header row, ',' separated (missing values as empty cells). */
    public static void write(Table table, Path path) {
        try {
            table.write().usingOptions(CsvWriteOptions.builder(path.toFile()).header(true).separator(',').build());
        } catch (RuntimeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw new UncheckedIOException("cannot write " + path + ": " + io.getMessage(), io);
            }
            throw e;
        }
    }

    /** The table as CSV text with a header row. */
    public static String toCsv(Table table) {
        StringWriter w = new StringWriter();
        table.write().usingOptions(CsvWriteOptions.builder(w).header(true).separator(',').build());
        return w.toString();
    }
}
