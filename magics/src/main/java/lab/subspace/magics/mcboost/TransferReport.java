package lab.subspace.magics.mcboost;

import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Target-domain bias E_T[y - f] and MSE per shift, for the base predictor and MCBoost with a
 * constant and with a linear audit, both fitted on the source only.
 */
public record TransferReport(double[] shifts, double[] biasBase, double[] biasConstant, double[] biasLinear,
        double[] mseBase, double[] mseConstant, double[] mseLinear, int roundsConstant, int roundsLinear) {

    /** Index of shift mu (exact match). */
    public int indexOf(double mu) {
        for (int k = 0; k < shifts.length; k++) {
            if (shifts[k] == mu) {
                return k;
            }
        }
        throw new IllegalArgumentException("no target with shift " + mu);
    }

    /** |bias of the base| / |bias after the linear audit| at shift mu. */
    public double reduction(double mu) {
        int k = indexOf(mu);
        return Math.abs(biasBase[k]) / Math.abs(biasLinear[k]);
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "target bias E_T[y - f] (MCBoost rounds: constant %d, linear %d)", roundsConstant, roundsLinear))
                .doubles("shift mu", "bias base", "bias constant audit", "bias linear audit", "MSE base",
                        "MSE constant audit", "MSE linear audit", "bias reduction (linear)");
        for (int k = 0; k < shifts.length; k++) {
            b.row(shifts[k], biasBase[k], biasConstant[k], biasLinear[k], mseBase[k], mseConstant[k], mseLinear[k],
                    Math.abs(biasBase[k]) / Math.abs(biasLinear[k]));
        }
        return b.build();
    }

    public Figure figure() {
        return Plots.lines("Covariate shift N(0, I) -> N(mu e1, I): target bias").x("shift mu", shifts)
                .y("base predictor", abs(biasBase)).y("MCBoost, constant audit", abs(biasConstant))
                .y("MCBoost, linear audit", abs(biasLinear)).yTitle("|E_T[y - f(x)]|").logY().build();
    }

    private static double[] abs(double[] v) {
        double[] a = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            a[i] = Math.abs(v[i]);
        }
        return a;
    }
}
