package lab.subspace.magics.shift;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Two unlabelled samples to compare, one row per sample and the same named features in both: a
 * reference set X and a test set Y.
 *
 * <pre>{@code
 * ShiftData data = ShiftData.of(Csv.read(Path.of("cohort_a.csv")), Csv.read(Path.of("cohort_b.csv")));
 * ShiftData sub = ShiftData.of(tableA, tableB, "qrs_duration", "heart_rate");   // chosen columns
 * ShiftData raw = ShiftData.of(X, Y);                                          // features x0, x1, ...
 * }</pre>
 *
 * @param reference X, n_X x d (not copied)
 * @param test      Y, n_Y x d (not copied)
 * @param features  the d feature names, in column order
 */
public record ShiftData(DMatrixRMaj reference, DMatrixRMaj test, List<String> features) {

    public ShiftData {
        if (reference == null || test == null) {
            throw new IllegalArgumentException("the reference and test sets must not be null");
        }
        Matrices.requireSameColumns("reference", reference, "test", test);
        Matrices.requireNonEmpty("reference", reference);
        Matrices.requireNonEmpty("test", test);
        Matrices.requireFinite("reference", reference);
        Matrices.requireFinite("test", test);
        if (features == null || features.size() != reference.numCols) {
            throw new IllegalArgumentException("the data have " + reference.numCols + " features but "
                    + (features == null ? 0 : features.size()) + " feature names were given");
        }
        if (new HashSet<>(features).size() != features.size()) {
            throw new IllegalArgumentException("feature names must be distinct: " + features);
        }
        features = List.copyOf(features);
    }

    /** Matrices with the same columns; features are named x0, x1, ... */
    public static ShiftData of(DMatrixRMaj reference, DMatrixRMaj test) {
        Matrices.requireSameColumns("reference", reference, "test", test);
        List<String> names = new ArrayList<>();
        for (int j = 0; j < reference.numCols; j++) {
            names.add("x" + j);
        }
        return new ShiftData(reference, test, names);
    }

    /**
     * Two tables with the same numeric columns (matched by name, so their order may differ).
     *
     * @param columns the features to use; none means every numeric column of the reference table,
     *                which the test table must also have
     */
    public static ShiftData of(Table reference, Table test, String... columns) {
        List<String> names = columns.length > 0 ? List.of(columns) : numericColumns(reference);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("table '" + reference.name() + "' has no numeric columns");
        }
        if (columns.length == 0) {
            Set<String> testNumeric = new HashSet<>(numericColumns(test));
            List<String> missing = names.stream().filter(n -> !testNumeric.contains(n)).toList();
            List<String> extra = testNumeric.stream().filter(n -> !names.contains(n)).sorted().toList();
            if (!missing.isEmpty() || !extra.isEmpty()) {
                throw new IllegalArgumentException("the tables must have the same numeric columns: "
                        + (missing.isEmpty() ? "" : "test table '" + test.name() + "' lacks " + missing)
                        + (!missing.isEmpty() && !extra.isEmpty() ? " and " : "")
                        + (extra.isEmpty() ? "" : "test table '" + test.name() + "' has extra " + extra)
                        + " (choose columns explicitly to compare a subset)");
            }
        }
        String[] chosen = names.toArray(String[]::new);
        return new ShiftData(Matrices.of(reference, chosen), Matrices.of(test, chosen), names);
    }

    private static List<String> numericColumns(Table t) {
        List<String> out = new ArrayList<>();
        for (Column<?> c : t.columns()) {
            if (c instanceof NumericColumn<?>) {
                out.add(c.name());
            }
        }
        return out;
    }

    public int dims() {
        return reference.numCols;
    }

    public int referenceSize() {
        return reference.numRows;
    }

    public int testSize() {
        return test.numRows;
    }

    /** Column indices of the named features. */
    public int[] indicesOf(List<String> names) {
        int[] out = new int[names.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = features.indexOf(names.get(i));
            if (out[i] < 0) {
                throw new IllegalArgumentException("no feature named '" + names.get(i) + "'; features are " + features);
            }
        }
        return out;
    }

    /** Names of the features at these column indices. */
    public List<String> namesOf(int[] indices) {
        List<String> out = new ArrayList<>();
        for (int j : indices) {
            if (j < 0 || j >= features.size()) {
                throw new IllegalArgumentException("feature index " + j + " is outside [0, " + features.size() + ")");
            }
            out.add(features.get(j));
        }
        return out;
    }
}
