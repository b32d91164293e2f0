package lab.subspace.magics.mhanw;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.ejml.data.DMatrixRMaj;

import lab.subspace.display.Progress;

import lab.subspace.display.Plots;
import lab.subspace.display.plots.LineChart;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Descriptive;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * Head diversity of a model, layer by layer: what {@code %mha-nw heads} shows for a trained
 * transformer's W_Q (and optionally W_K) matrices.
 *
 * <pre>{@code
 * DiversityReport r = DiversityReport.analyze(List.of("layer 0", "layer 1"), List.of(wq0, wq1), List.of(), 12, null);
 * r.hdi();   // per layer
 * }</pre>
 *
 * @param layers  a name per layer
 * @param queries the W_Q analysis of each layer
 * @param keys    the W_K analysis of each layer, or empty
 * @param shown   the layer whose angle heatmap is drawn
 */
public record DiversityReport(List<String> layers, List<LayerDiversity> queries, List<LayerDiversity> keys, int shown) {

    public DiversityReport {
        layers = List.copyOf(layers);
        queries = List.copyOf(queries);
        keys = List.copyOf(keys);
        if (queries.size() != layers.size() || (!keys.isEmpty() && keys.size() != layers.size())) {
            throw new IllegalArgumentException(layers.size() + " layers but " + queries.size() + " W_Q and " + keys.size() + " W_K analyses");
        }
        if (shown < 0 || shown >= layers.size()) {
            throw new IllegalArgumentException("layer " + shown + " does not exist: there are " + layers.size() + " layers (0.."
                    + (layers.size() - 1) + ")");
        }
    }

    /**
     * Analyses every layer's W_Q (and W_K) with {@link HeadDiversity#ofProjection}, with a progress
     * bar when it takes more than a second (a 4096-wide layer of 32 heads is ~15 CPU seconds).
     *
     * @param names  a name per layer
     * @param wq     W_Q per layer, d_model x (H d_k)
     * @param wk     W_K per layer, or empty
     * @param heads  H
     * @param shown  the layer whose heatmap is drawn, or null for the least diverse one
     */
    public static DiversityReport analyze(List<String> names, List<DMatrixRMaj> wq, List<DMatrixRMaj> wk, int heads, Integer shown) {
        if (wq.size() != names.size() || (!wk.isEmpty() && wk.size() != wq.size())) {
            throw new IllegalArgumentException(names.size() + " layer names, " + wq.size() + " W_Q and " + wk.size() + " W_K matrices");
        }
        List<LayerDiversity> queries = new ArrayList<>();
        List<LayerDiversity> keys = new ArrayList<>();
        try (Progress progress = Progress.start("%mha-nw heads: layers", wq.size() + wk.size(), Duration.ofSeconds(1))) {
            for (int l = 0; l < wq.size(); l++) {
                queries.add(HeadDiversity.ofProjection(names.get(l) + " W_Q", wq.get(l), heads));
                progress.step();
                if (!wk.isEmpty()) {
                    keys.add(HeadDiversity.ofProjection(names.get(l) + " W_K", wk.get(l), heads));
                    progress.step();
                }
            }
        }
        return new DiversityReport(names, queries, keys, shown != null ? shown : leastDiverse(queries));
    }

    /** HDI of W_Q per layer. */
    public double[] hdi() {
        return queries.stream().mapToDouble(LayerDiversity::hdi).toArray();
    }

    /** The layer with the least diverse W_Q heads. */
    public static int leastDiverse(List<LayerDiversity> layers) {
        return BudgetSweep.argmin(layers.stream().mapToDouble(LayerDiversity::hdi).toArray());
    }

    public Table summaryTable() {
        Tables.Builder b = Tables.builder("Head diversity per layer").strings("layer", "projection").ints("heads", "d_k", "min rank")
                .doubles("HDI", "random HDI", "min angle", "median angle", "max angle");
        for (int l = 0; l < layers.size(); l++) {
            summaryRow(b, layers.get(l), "W_Q", queries.get(l));
            if (!keys.isEmpty()) {
                summaryRow(b, layers.get(l), "W_K", keys.get(l));
            }
        }
        return b.build();
    }

    private static void summaryRow(Tables.Builder b, String layer, String projection, LayerDiversity d) {
        double[] angles = d.allAnglesDegrees();
        b.row(layer, projection, d.heads(), Arrays.stream(d.ranks()).max().orElse(0), Arrays.stream(d.ranks()).min().orElse(0), d.hdi(),
                d.randomHdi(), Descriptive.min(angles), Descriptive.median(angles), Descriptive.max(angles));
    }

    /** Every pair of heads of every layer. */
    public Table pairTable() {
        List<LayerDiversity> all = new java.util.ArrayList<>(queries);
        all.addAll(keys);
        return pairTable("Principal angles (degrees) between heads, per layer", all);
    }

    static Table pairTable(String title, List<LayerDiversity> layers) {
        Tables.Builder b = Tables.builder(title).strings("layer").ints("head i", "head j")
                .doubles("overlap", "min angle", "mean angle", "max angle");
        for (LayerDiversity d : layers) {
            for (HeadPair p : d.pairs()) {
                double[] a = p.anglesDegrees();
                b.row(d.name(), p.first(), p.second(), p.overlap(), a[0], p.meanAngleDegrees(), a[a.length - 1]);
            }
        }
        return b.build();
    }

    /** HDI per layer for W_Q (and W_K), with the random-subspace reference. */
    public Figure hdiFigure() {
        double[] x = new double[layers.size()];
        Arrays.setAll(x, i -> i);
        LineChart chart = Plots.lines("Head Diversity Index per layer (1 = orthogonal heads, 0 = identical)")
                .x("layer", x).y("W_Q heads", hdi());
        if (!keys.isEmpty()) {
            chart.y("W_K heads", keys.stream().mapToDouble(LayerDiversity::hdi).toArray());
        }
        chart.y("random subspaces (1 - d_k/d)", queries.stream().mapToDouble(LayerDiversity::randomHdi).toArray());
        return chart.yTitle("HDI").build();
    }

    /** Mean principal angles between the W_Q heads of the shown layer. */
    public Figure heatmap() {
        return queries.get(shown).heatmap();
    }
}
