package lab.subspace.magics.pos;

import java.util.Locale;

import lab.subspace.display.Plots;
import lab.subspace.display.table.Tables;
import lab.subspace.numerics.stats.Interval;
import lab.subspace.numerics.stats.LineFit;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

/**
 * The outcome of {@link Contraction#run}. Energies are mean squared distances to the true union,
 * before layer 1 (index 0) through after the last layer.
 *
 * @param spec      the settings
 * @param recovery  how well the learned union matches the true one
 * @param exact     hard selection on the true union; not copied
 * @param hard      hard selection on the learned union; not copied
 * @param soft      soft (attention-like) selection on the learned union; not copied
 * @param floor     energy after projecting on the learned union (the learned layers' fixed point)
 * @param fitLayers layers 0..fitLayers-1 used for the fitted rate of {@code hard}
 * @param exactFit  semi-log fit of {@code exact} over all layers
 * @param hardFit   semi-log fit of {@code hard} over its geometric range
 * @param softFit   semi-log fit of {@code soft} over its geometric range
 */
public record ContractionReport(ContractionSpec spec, Recovery recovery, double[] exact, double[] hard, double[] soft, double floor,
        int fitLayers, LineFit exactFit, LineFit hardFit, LineFit softFit) {

    /** The predicted energy factor per layer, (1 - eta)^2. */
    public double predictedRate() {
        return (1 - spec.eta()) * (1 - spec.eta());
    }

    /** The fitted energy factor per layer of the learned, hard-selection stack. */
    public double rate() {
        return Math.exp(hardFit.slope());
    }

    /** 95% interval of {@link #rate()}. */
    public Interval rateInterval() {
        Interval s = hardFit.slopeInterval(0.95);
        return new Interval(Math.exp(s.estimate()), Math.exp(s.lower()), Math.exp(s.upper()), 0.95);
    }

    /** Energy left at the floor relative to the start. */
    public double floorRatio() {
        return floor / hard[0];
    }

    public Table table() {
        Tables.Builder b = Tables.builder(String.format(Locale.ROOT,
                "Off-subspace energy per residual layer x <- x - %.2f (I - P_j) x; predicted factor (1 - eta)^2 = %.4f", spec.eta(),
                predictedRate()))
                .strings("stack").doubles("fitted factor per layer", "95% low", "95% high", "R^2").ints("layers fitted")
                .doubles("energy after last layer / start");
        row(b, "true union, hard selection", exactFit, exact.length, exact);
        row(b, "learned union, hard selection", hardFit, fitLayers, hard);
        row(b, "learned union, soft selection (T = " + spec.temperature() + ")", softFit, Contraction.geometricLayers(soft, floor), soft);
        return b.build();
    }

    private static void row(Tables.Builder b, String name, LineFit f, int layers, double[] e) {
        Interval ci = f.slopeInterval(0.95);
        b.row(name, Math.exp(f.slope()), Math.exp(ci.lower()), Math.exp(ci.upper()), f.r2(), layers, e[e.length - 1] / e[0]);
    }

    /** Relative off-subspace energy vs depth (log scale) with the prediction and the floor. */
    public Figure figure() {
        int n = hard.length;
        double[] layer = new double[n];
        double[] predicted = new double[n];
        double[] floorLine = new double[n];
        double[] e = new double[n];
        double[] h = new double[n];
        double[] s = new double[n];
        for (int l = 0; l < n; l++) {
            layer[l] = l;
            predicted[l] = Math.pow(predictedRate(), l);
            floorLine[l] = floorRatio();
            e[l] = exact[l] / exact[0];
            h[l] = hard[l] / hard[0];
            s[l] = soft[l] / soft[0];
        }
        return Plots.lines("Residual layers remove the normal-space component: off-subspace energy vs depth")
                .x("layer", layer)
                .y("predicted (1 - eta)^(2l)", predicted)
                .y("true union, hard selection", e)
                .y("learned union, hard selection", h)
                .y("learned union, soft selection", s)
                .y("floor: projection on the learned union", floorLine)
                .logY().yTitle("off-subspace energy / energy at layer 0")
                .build();
    }
}
