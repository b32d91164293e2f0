package lab.subspace.magics.mcboost;

import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.data.Matrices;
import lab.subspace.numerics.random.Rng;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * MCBoost on a researcher's table: one row per example with the base model's prediction, the
 * label, group columns (categorical or 0/1) and optional numeric feature columns for linear and
 * tree audits.
 *
 * <pre>{@code
 * McTables.Result r = McTables.fit(table, "p", "y", List.of("sex", "region"), List.of("age"),
 *         AuditClass.levelSets(10), Loss.logistic(), McOptions.defaults(), 0.3, 7);
 * r.scored();          // the table with a column "mcboost" of post-processed predictions
 * r.fit().test().table();   // per-group calibration on the held-out rows
 * }</pre>
 */
public final class McTables {

    private McTables() {
    }

    /**
     * @param fit    the run (its "test" report is on the held-out rows, when some were held out)
     * @param scored the input table with the post-processed predictions added as column "mcboost"
     */
    public record Result(McBoostFit fit, Table scored) {
    }

    /** The table's rows as {@link McData}. */
    public static McData data(Table table, String prediction, String label, List<String> groups, List<String> features) {
        double[] p = column(table, prediction);
        double[] y = column(table, label);
        Groups g = groups.isEmpty() ? Groups.none() : Groups.fromColumns(table, groups.toArray(String[]::new));
        DMatrixRMaj x = features.isEmpty() ? null : Matrices.of(table, features.toArray(String[]::new));
        return new McData(p, y, g, x);
    }

    /**
     * Splits the rows at random ({@code holdoutFraction} held out, used for the holdout rule and
     * the out-of-sample report), runs MCBoost and scores every row.
     */
    public static Result fit(Table table, String prediction, String label, List<String> groups, List<String> features,
            AuditClass audit, Loss loss, McOptions options, double holdoutFraction, long seed) {
        if (!(holdoutFraction >= 0 && holdoutFraction < 1)) {
            throw new IllegalArgumentException("the holdout fraction must be in [0, 1) but is " + holdoutFraction);
        }
        McData all = data(table, prediction, label, groups, features);
        int n = all.size();
        int held = (int) Math.round(holdoutFraction * n);
        if (held > 0 && n - held < 2) {
            throw new IllegalArgumentException("holding out " + held + " of " + n + " rows leaves too few to fit");
        }
        McBoostFit fit;
        if (held == 0) {
            fit = McBoost.fit(all, audit, loss, options);
        } else {
            int[] perm = new Rng(seed).permutation(n);
            McData hold = all.subset(Arrays.copyOfRange(perm, 0, held));
            McData train = all.subset(Arrays.copyOfRange(perm, held, n));
            fit = McBoost.fit(train, hold, hold, audit, loss, options);
        }
        Table scored = table.copy();
        String name = scored.containsColumn("mcboost") ? "mcboost_" + scored.columnCount() : "mcboost";
        scored.addColumns(DoubleColumn.create(name, fit.predict(all)));
        return new Result(fit, scored);
    }

    private static double[] column(Table table, String name) {
        if (!table.containsColumn(name)) {
            throw new IllegalArgumentException("table '" + table.name() + "' has no column '" + name + "' (columns: "
                    + table.columnNames() + ")");
        }
        return Matrices.of(table, name).data;
    }
}
