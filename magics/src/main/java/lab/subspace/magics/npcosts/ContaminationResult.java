package lab.subspace.magics.npcosts;

import java.util.List;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.LineFit;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link LabelContamination#run}. Index 0 is the head fed (x, y), index 1 the
 * head fed x only.
 *
 * @param spec         the settings
 * @param heads        the two heads' names
 * @param sizes        context sizes n
 * @param error        per head and n: mean KL covariance part 1/2 (v/vh - 1 - log(v/vh)) to the exact GP variance
 * @param functionPart per head and n: Var_f E_eps log vh (label dependence driven by the function draw)
 * @param noisePart    per head and n: E_f Var_eps log vh (label dependence driven by the observation noise)
 * @param noiseFit     log-log fit of the (x, y) head's noise part on n (the paper: slope -1)
 * @param functionFit  log-log fit of the (x, y) head's function part on n (the paper: O(1), slope 0)
 * @param losses       training loss per step, per head
 */
public record ContaminationResult(ContaminationSpec spec, List<String> heads, int[] sizes, double[][] error, double[][] functionPart,
        double[][] noisePart, LineFit noiseFit, LineFit functionFit, List<double[]> losses) {

    public ContaminationResult {
        heads = List.copyOf(heads);
        sizes = sizes.clone();
        error = deepCopy(error);
        functionPart = deepCopy(functionPart);
        noisePart = deepCopy(noisePart);
        losses = List.copyOf(losses);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public double[][] error() {
        return deepCopy(error);
    }

    @Override
    public double[][] functionPart() {
        return deepCopy(functionPart);
    }

    @Override
    public double[][] noisePart() {
        return deepCopy(noisePart);
    }

    /** Variance error of the (x, y) head over that of the x-only head at each n. */
    public double[] errorRatio() {
        double[] r = new double[sizes.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = error[0][i] / error[1][i];
        }
        return r;
    }

    /** Per n and head: the numbers. */
    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "Variance heads vs n: SE lengthscale %.2g, noise sd %.2g, %d x %d x %d label draws per n", spec.lengthscale(), spec.noise(),
                spec.locations(), spec.functions(), spec.noises()))
                .strings("variance head").ints("n").doubles("KL cov. part to GP variance", "label var. of log v: function part",
                        "label var. of log v: noise part");
        for (int h = 0; h < 2; h++) {
            for (int i = 0; i < sizes.length; i++) {
                b.row(heads.get(h), sizes[i], error[h][i], functionPart[h][i], noisePart[h][i]);
            }
        }
        return b.build();
    }

    /** The variance error of both heads against n. */
    public Figure errorFigure() {
        LineChart c = Plots.lines("Variance from x only vs from (x, y): error to the exact GP variance").logLog()
                .xTitle("context size n").yTitle("KL covariance part per target (nats)");
        for (int h = 0; h < 2; h++) {
            c.series(heads.get(h), BottleneckResult.toDouble(sizes), error[h]);
        }
        return c.build();
    }

    /** The (x, y) head's label dependence split into its function and noise parts, with a 1/n guide. */
    public Figure splitFigure() {
        double[] n = BottleneckResult.toDouble(sizes);
        double[] guide = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            guide[i] = noisePart[0][0] * n[0] / n[i];
        }
        return Plots.lines("Label contamination of the (x, y) head: only the noise part decays").logLog()
                .xTitle("context size n").yTitle("variance of log v over labels")
                .series(String.format(Locale.ROOT, "function part (slope %.2f)", functionFit.slope()), n, abs(functionPart[0]))
                .series(String.format(Locale.ROOT, "noise part (slope %.2f)", noiseFit.slope()), n, noisePart[0])
                .series("1/n guide", n, guide).build();
    }

    private static double[] abs(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.abs(v[i]);
        }
        return out;
    }

    static double[][] deepCopy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
