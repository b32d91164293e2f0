package lab.subspace.magics.shift;

import java.util.List;
import java.util.Locale;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import lab.subspace.magics.common.Inputs;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

/** Where a {@code %shift} sub-command's two sets come from: user data or a benchmark (a picocli mixin). */
public final class DataSource {

    @Option(names = "--reference", description = "Reference set X: a Tablesaw table or .csv file (columns matched by name), or a matrix variable / .npy file.")
    String reference;

    @Option(names = "--test", description = "Test set Y, same features as --reference.")
    String test;

    @Option(names = "--columns", split = ",", description = "Features to compare (default: every numeric column).")
    List<String> columns;

    @Option(names = "--scenario", description = "A synthetic benchmark instead of data: ${COMPLETION-CANDIDATES}.")
    Scenario scenario;

    @Option(names = "--n", defaultValue = "2000", description = "Benchmark points per set (default ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--dims", defaultValue = "20", description = "Benchmark dimensions, at least 8 (default ${DEFAULT-VALUE}).")
    int dims;

    /** The benchmark when --scenario is given, else null. */
    Benchmark benchmark(long seed) {
        if (scenario == null) {
            return null;
        }
        if (reference != null || test != null) {
            throw new UserError("give either --scenario or --reference and --test, not both");
        }
        if (dims < 8) {
            throw new UserError("--dims must be >= 8 (the localised benchmark plants its blob on features 5, 6, 7) but is " + dims);
        }
        return ShiftBenchmarks.of(scenario, n, dims, seed);
    }

    /** The user's two sets (when no --scenario is given). */
    ShiftData data(MagicContext context) {
        if (reference == null || test == null) {
            throw new UserError("give --reference and --test (tables, CSV/.npy files or matrix variables), or --scenario "
                    + "null|broad|localized for a benchmark");
        }
        String[] cols = columns == null ? new String[0] : columns.toArray(String[]::new);
        if (isTable(context, reference) && isTable(context, test)) {
            Table x = Inputs.table(context, "--reference", reference);
            Table y = Inputs.table(context, "--test", test);
            return ShiftData.of(x, y, cols);
        }
        DMatrixRMaj x = Inputs.matrix(context, "--reference", reference);
        DMatrixRMaj y = Inputs.matrix(context, "--test", test);
        Matrices.requireSameColumns("--reference " + reference, x, "--test " + test, y);
        ShiftData data = ShiftData.of(x, y);
        if (cols.length == 0) {
            return data;
        }
        int[] idx = data.indicesOf(List.of(cols));
        return new ShiftData(columns(x, idx), columns(y, idx), List.of(cols));
    }

    /** A short description of the data for report titles. */
    String describe() {
        return scenario != null ? scenario.name().toLowerCase(Locale.ROOT) + " benchmark" : reference + " vs " + test;
    }

    private static boolean isTable(MagicContext context, String ref) {
        if (context.hasVariable(ref)) {
            return context.variable(ref) instanceof Table;
        }
        String lower = ref.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".tsv");
    }

    private static DMatrixRMaj columns(DMatrixRMaj m, int[] idx) {
        DMatrixRMaj out = new DMatrixRMaj(m.numRows, idx.length);
        for (int i = 0; i < m.numRows; i++) {
            for (int t = 0; t < idx.length; t++) {
                out.unsafe_set(i, t, m.unsafe_get(i, idx[t]));
            }
        }
        return out;
    }
}
