package lab.subspace.magics.common;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import lab.subspace.data.Csv;
import lab.subspace.data.MaskedMatrix;
import lab.subspace.data.Matrices;
import lab.subspace.kernel.spi.MagicContext;
import lab.subspace.kernel.spi.UserError;
import org.ejml.data.DMatrixRMaj;
import tech.tablesaw.api.Table;

/**
 * What a magic option like {@code --source X} refers to: a notebook variable (double[][], EJML
 * matrix, Tablesaw table, ...) or a {@code .npy} / {@code .csv} / {@code .tsv} file relative to the
 * notebook. Every problem is a {@link UserError} that names the option and the value.
 *
 * <pre>{@code
 * DMatrixRMaj X = Inputs.matrix(context, "--source", source);
 * }</pre>
 */
public final class Inputs {

    private Inputs() {
    }

    /** A matrix (rows = samples) from a variable or a file. */
    public static DMatrixRMaj matrix(MagicContext context, String option, String ref) {
        Object value = resolve(context, option, ref);
        try {
            return value instanceof Path p ? Matrices.read(p) : Matrices.from(ref, value);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + ref + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #matrix} but NaN entries are kept as missing (matrix-completion inputs). */
    public static MaskedMatrix masked(MagicContext context, String option, String ref) {
        Object value = resolve(context, option, ref);
        try {
            return Matrices.masked(ref, value); // a CSV path keeps its empty / NA cells as missing
        } catch (IllegalArgumentException e) {
            throw new UserError(option + " " + ref + ": " + e.getMessage(), e);
        }
    }

    /** A vector: a double[] variable, or a one-column / one-row matrix. */
    public static double[] vector(MagicContext context, String option, String ref) {
        DMatrixRMaj m = matrix(context, option, ref);
        if (m.numCols != 1 && m.numRows != 1) {
            throw new UserError(option + " " + ref + " must be a vector, but it is " + Matrices.shape(m));
        }
        return m.data.clone();
    }

    /** A Tablesaw table from a variable or a CSV file. */
    public static Table table(MagicContext context, String option, String ref) {
        Object value = resolve(context, option, ref);
        if (value instanceof Path p) {
            try {
                return Csv.read(p);
            } catch (IllegalArgumentException e) {
                throw new UserError(option + " " + ref + ": " + e.getMessage(), e);
            }
        }
        if (value instanceof Table t) {
            return t;
        }
        throw new UserError(option + " " + ref + " must be a Tablesaw Table or a .csv file, not " + value.getClass().getSimpleName());
    }

    /** The variable's value, or the (existing) file path it names. */
    static Object resolve(MagicContext context, String option, String ref) {
        if (ref == null || ref.isBlank()) {
            throw new UserError(option + " needs a value: a notebook variable or a .npy/.csv file");
        }
        if (context.hasVariable(ref)) {
            return context.variable(ref);
        }
        String lower = ref.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".npy") || lower.endsWith(".csv") || lower.endsWith(".tsv")) {
            Path path = context.resolvePath(ref);
            if (!Files.isRegularFile(path)) {
                throw new UserError(option + " " + ref + ": no such file (" + path + ") and no variable of that name");
            }
            return path;
        }
        try {
            return context.variable(ref); // throws, listing the variables that do exist
        } catch (UserError e) {
            throw new UserError(option + ": " + e.getMessage() + " Files must end in .npy, .csv or .tsv.", e);
        }
    }
}
