package lab.subspace.magics.npcosts;

import java.util.List;
import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link AmortizationGap#run}. Index 0 is mean pooling, index 1 second-order pooling.
 *
 * @param spec           the settings
 * @param models         the models' names
 * @param representation pooled values per context set (the same for both)
 * @param sizes          context sizes n
 * @param kl             per model and n: mean KL(GP || model) per target on held-out tasks
 * @param bottleneck     per n: the same KL for the rank-k Mercer truncation
 * @param losses         training loss per step, per model
 */
public record GapResult(GapSpec spec, List<String> models, int representation, int[] sizes, double[][] kl, double[] bottleneck,
        List<double[]> losses) {

    public GapResult {
        models = List.copyOf(models);
        sizes = sizes.clone();
        kl = ContaminationResult.deepCopy(kl);
        bottleneck = bottleneck.clone();
        losses = List.copyOf(losses);
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public double[][] kl() {
        return ContaminationResult.deepCopy(kl);
    }

    @Override
    public double[] bottleneck() {
        return bottleneck.clone();
    }

    /** Amortisation gap KL(model) - KL(rank k), per model and n. */
    public double[][] gap() {
        double[][] g = new double[2][sizes.length];
        for (int m = 0; m < 2; m++) {
            for (int i = 0; i < sizes.length; i++) {
                g[m][i] = kl[m][i] - bottleneck[i];
            }
        }
        return g;
    }

    /** 1 - (sum over n of the second-order gap) / (sum of the mean-pooling gap). */
    public double closedFraction() {
        double[][] g = gap();
        double a = 0;
        double b = 0;
        for (int i = 0; i < sizes.length; i++) {
            a += g[0][i];
            b += g[1][i];
        }
        return 1 - b / a;
    }

    /** Per n: KLs and gaps. */
    public Table table() {
        double[][] g = gap();
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "KL(GP || amortised) per target: SE lengthscale %.2g, noise sd %.2g, %d pooled values, %d steps, %d held-out tasks per n",
                spec.lengthscale(), spec.noise(), representation, spec.steps(), spec.tests()))
                .ints("n").doubles("mean pooling", "second-order pooling", "rank-k Mercer (bottleneck)", "gap: mean pooling",
                        "gap: second-order");
        for (int i = 0; i < sizes.length; i++) {
            b.row(sizes[i], kl[0][i], kl[1][i], bottleneck[i], g[0][i], g[1][i]);
        }
        return b.build();
    }

    /** KL against n for both models and the bottleneck reference. */
    public Figure klFigure() {
        double[] n = BottleneckResult.toDouble(sizes);
        return Plots.lines(String.format(Locale.ROOT, "Amortisation gap: second-order pooling closes %.1f%% of mean pooling's",
                100 * closedFraction())).logLog().xTitle("context size n").yTitle("KL(GP || model) per target (nats)")
                .series(models.get(0), n, kl[0]).series(models.get(1), n, kl[1])
                .series("rank-" + spec.features() + " Mercer truncation", n, bottleneck).build();
    }

    /** Training loss per step of both models. */
    public Figure trainingFigure() {
        LineChart c = Plots.lines("Training: mean marginal KL to the GP per Adam step").logY().xTitle("Adam step").yTitle("batch KL (nats)");
        for (int m = 0; m < 2; m++) {
            double[] l = losses.get(m);
            double[] x = new double[l.length];
            for (int i = 0; i < l.length; i++) {
                x[i] = i + 1;
            }
            c.series(models.get(m), x, l);
        }
        return c.build();
    }
}
