package lab.subspace.magics.mcboost;

import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;

/**
 * Per-group calibration of a base predictor and of its post-processed version on one data set:
 * size, mean label, mean predictions, bias (mean residual) and within-group ECE.
 *
 * <pre>{@code
 * CalibrationReport r = CalibrationReport.of("test", test, fit.predictor().predict(test), Loss.logistic(), 10);
 * r.table();
 * }</pre>
 *
 * @param label       what data this describes ("train", "test", ...)
 * @param groups      "all" then the group names
 * @param sizes       rows per group
 * @param meanLabel   mean label per group
 * @param meanBase    mean base prediction per group
 * @param meanAfter   mean post-processed prediction per group
 * @param biasBase    mean residual of the base predictor per group (y - f; tau - coverage for quantiles)
 * @param biasAfter   mean residual of the post-processed predictor
 * @param eceBase     within-group ECE of the base predictor ({@link McError#groupEce})
 * @param eceAfter    within-group ECE after post-processing
 * @param maxBase     max cell violation of the base predictor ({@link McError#max})
 * @param maxAfter    max cell violation after post-processing
 */
public record CalibrationReport(String label, String[] groups, int[] sizes, double[] meanLabel, double[] meanBase,
        double[] meanAfter, double[] biasBase, double[] biasAfter, double[] eceBase, double[] eceAfter, double maxBase,
        double maxAfter) {

    /** The report of {@code after} (prediction scale) against the base predictions of {@code data}. */
    public static CalibrationReport of(String label, McData data, double[] after, Loss loss, int bins) {
        int groups = data.groups().count() + 1;
        String[] names = new String[groups];
        names[0] = "all";
        System.arraycopy(data.groups().names(), 0, names, 1, groups - 1);
        int[] sizes = new int[groups];
        double[][] sums = new double[5][groups];
        for (int i = 0; i < data.size(); i++) {
            double y = data.labels()[i];
            for (int g = 0; g < groups; g++) {
                if (g == 0 || data.groups().contains(g - 1, i)) {
                    sizes[g]++;
                    sums[0][g] += y;
                    sums[1][g] += data.base()[i];
                    sums[2][g] += after[i];
                    sums[3][g] += loss.residual(y, loss.score(data.base()[i]));
                    sums[4][g] += loss.residual(y, loss.score(after[i]));
                }
            }
        }
        for (double[] s : sums) {
            for (int g = 0; g < groups; g++) {
                s[g] = sizes[g] == 0 ? Double.NaN : s[g] / sizes[g];
            }
        }
        return new CalibrationReport(label, names, sizes, sums[0], sums[1], sums[2], sums[3], sums[4],
                McError.groupEce(data, data.base(), loss, bins), McError.groupEce(data, after, loss, bins),
                McError.max(data, data.base(), loss, bins), McError.max(data, after, loss, bins));
    }

    /** Index of a group by name ("all" is 0); -1 when absent. */
    public int indexOf(String group) {
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].equals(group)) {
                return g;
            }
        }
        return -1;
    }

    /** One row per group. */
    public Table table() {
        Tables.Builder b = Tables.builder("calibration per group (" + label + ")").strings("group").ints("n")
                .doubles("mean label", "mean base", "mean MCBoost", "bias base", "bias MCBoost", "ECE base", "ECE MCBoost");
        for (int g = 0; g < groups.length; g++) {
            b.row(groups[g], sizes[g], meanLabel[g], meanBase[g], meanAfter[g], biasBase[g], biasAfter[g], eceBase[g],
                    eceAfter[g]);
        }
        return b.build();
    }
}
